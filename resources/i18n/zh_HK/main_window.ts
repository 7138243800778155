<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="126"/>
        <source>JudgePanel — Customer Service Award judging</source>
        <extracomment>Emitted once, after the window&apos;s first paint (the moment to start loading data). Emitted after the window has been filled with the competition&apos;s data.</extracomment>
        <translation>JudgePanel — 顧客服務獎評選</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="128"/>
        <source>&amp;Import judge kit…</source>
        <translation>匯入評判資料套件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="129"/>
        <source>&amp;Panel</source>
        <translation>評選小組(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="130"/>
        <source>&amp;Create panel certificate authority…</source>
        <translation>建立評選小組核證機關(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="131"/>
        <source>&amp;Export judge kits…</source>
        <translation>匯出評判資料套件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="132"/>
        <source>Export panel &amp;trust certificate…</source>
        <translation>匯出評選小組信任證書(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="133"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="134"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="135"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="137"/>
        <source>&amp;About JudgePanel</source>
        <translation>關於 JudgePanel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="161"/>
        <source>Panel certificate authority</source>
        <translation>評選小組核證機關</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="162"/>
        <source>Created. Its fingerprint, to give each judge on paper:
{fp}</source>
        <translation>已建立。請把以下指紋以書面交給每位評判：
{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="174"/>
        <source>Export judge kits</source>
        <translation>匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="175"/>
        <source>Create the panel certificate authority first (Panel menu).</source>
        <translation>請先建立評選小組核證機關（「評選小組」選單）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="183"/>
        <source>Wrote {n} kits.</source>
        <translation>已寫入 {n} 份資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="192"/>
        <source>Panel trust certificate</source>
        <translation>評選小組信任證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="193"/>
        <source>Certificates (*.pem)</source>
        <translation>證書 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="214"/>
        <source>JudgePanel</source>
        <translation>JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="224"/>
        <source>About JudgePanel</source>
        <translation>關於 JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="225"/>
        <source>JudgePanel {version}
Judging for the Civil Service Customer Service Award Scheme.

Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>JudgePanel {version}
公務員顧客服務獎勵計劃評選系統。

Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
</TS>
