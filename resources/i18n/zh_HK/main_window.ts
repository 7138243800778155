<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="103"/>
        <source>JudgePanel — Customer Service Award judging</source>
        <extracomment>Emitted once, after the window&apos;s first paint (the moment to start loading data). Emitted after the window has been filled with the competition&apos;s data.</extracomment>
        <translation>JudgePanel — 顧客服務獎評選</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="105"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="106"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="107"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="108"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="109"/>
        <source>&amp;About JudgePanel</source>
        <translation>關於 JudgePanel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="121"/>
        <source>JudgePanel</source>
        <translation>JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="131"/>
        <source>About JudgePanel</source>
        <translation>關於 JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="132"/>
        <source>JudgePanel {version}
Judging for the Civil Service Customer Service Award Scheme.

Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>JudgePanel {version}
公務員顧客服務獎勵計劃評選系統。

Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
</TS>
