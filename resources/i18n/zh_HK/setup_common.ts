<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_common.py" line="295"/>
        <source>&amp;Reason (recorded in the decisions and audit log):</source>
        <translation>理由（記入決定紀錄及審計日誌）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>SetupMessages</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_common.py" line="76"/>
        <source>File: {problem}</source>
        <translation>檔案：{problem}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_common.py" line="79"/>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>第 {line} 行，{column} 欄：{problem}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_common.py" line="83"/>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_common.py" line="95"/>
        <location filename="../../../judgepanel/ui/setup_common.py" line="114"/>
        <source>JudgePanel</source>
        <translation>JudgePanel 評選系統</translation>
    </message>
</context>
</TS>
