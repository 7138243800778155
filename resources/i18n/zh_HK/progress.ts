<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="204"/>
        <source>Progress</source>
        <extracomment>The fewest seconds between two progress updates sent to the GUI thread.</extracomment>
        <translation>進度</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="205"/>
        <source>Cancel the work</source>
        <translation>取消這項工作</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="207"/>
        <location filename="../../../judgepanel/ui/progress.py" line="222"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="209"/>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="223"/>
        <source>Cancelling: finishing the current step…</source>
        <translation>正在取消：先完成目前的步驟…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/progress.py" line="232"/>
        <source>{done} of {total}</source>
        <translation>已完成 {done} 項，共 {total} 項</translation>
    </message>
</context>
</TS>
