<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PreliminaryPage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="88"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="89"/>
        <source>Entrant</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="90"/>
        <source>Other language</source>
        <translation>另一語言</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="92"/>
        <source>Self-nomination submission (/100)</source>
        <translation>自薦書（滿分 100）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="94"/>
        <source>Site visit (/100)</source>
        <translation>實地探訪（滿分 100）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="130"/>
        <source>{done} of {total} entrants have both scores.</source>
        <translation>{total} 個參賽單位中有 {done} 個已有兩項分數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="133"/>
        <source>The finalists are confirmed, so these scores are fixed (reset the shortlist to change them).</source>
        <translation>入圍部門已確定，這些分數不能再改（如需更改，請先重設入圍名單）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="144"/>
        <source>Saved {code}.</source>
        <translation>已儲存 {code}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="160"/>
        <source>Stages one and two of judging: the self-nomination submission (assessed by the panel) and the consultant&apos;s site visit, each out of 100 with up to two decimals. Type a score into the table; Enter saves it, Esc cancels. Clear a cell to remove a score.</source>
        <translation>評選的第一及第二階段：自薦書（由評選小組評審）及顧問公司的實地探訪，各以 100 分為滿分，最多兩個小數位。在表內輸入分數；按 Enter 儲存，按 Esc 取消。清空儲存格即刪除分數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_preliminary.py" line="164"/>
        <source>Preliminary scores</source>
        <translation>初步評審分數</translation>
    </message>
</context>
</TS>
