<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>SetupWorkspace</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="190"/>
        <source>&amp;Competition:</source>
        <extracomment>Emitted with the competition id after any change made here (other views refresh). Emitted when the chosen competition changes (id, or -1 for none).</extracomment>
        <translation>比賽(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="191"/>
        <source>&amp;New competition…</source>
        <translation>新增比賽(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="192"/>
        <source>Competition &amp; criteria</source>
        <translation>比賽及甄選準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="192"/>
        <source>Entrants</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="192"/>
        <source>Preliminary</source>
        <translation>初步評審</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="193"/>
        <source>Public vote</source>
        <translation>公眾投票</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="193"/>
        <source>Shortlist</source>
        <translation>入圍名單</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="193"/>
        <source>Judges &amp; conflicts</source>
        <translation>評判及利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="194"/>
        <source>Schedule</source>
        <translation>時間表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_workspace.py" line="197"/>
        <source>Set-up pages</source>
        <translation>比賽設定頁面</translation>
    </message>
</context>
</TS>
