<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="266"/>
        <source>JudgePanel — Customer Service Award judging</source>
        <translation>JudgePanel — 顧客服務獎評選</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="158"/>
        <location filename="../../../judgepanel/ui/main_window.py" line="268"/>
        <source>&amp;Overview</source>
        <extracomment>Emitted once, after the window&apos;s first paint (the moment to start loading data). Emitted after the window has been filled with the competition&apos;s data. Builds the full (SQLAlchemy) services on first need; a judge&apos;s laptop shows its day without them (see :meth:`attach_judge`).</extracomment>
        <translation>概覽(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="269"/>
        <source>Judgin&amp;g</source>
        <translation>評分(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="271"/>
        <source>Set-&amp;up</source>
        <translation>設定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="274"/>
        <source>Resul&amp;ts</source>
        <translation>結果(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="275"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="276"/>
        <source>&amp;Import judge kit…</source>
        <translation>匯入評判資料套件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="277"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="278"/>
        <source>&amp;Verify a signed score sheet…</source>
        <translation>核實已簽署的評分表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="279"/>
        <source>Print &amp;blank score sheets…</source>
        <translation>列印空白評分表(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="280"/>
        <source>&amp;Score sheet</source>
        <translation>評分表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="281"/>
        <source>&amp;Sign my score sheet…</source>
        <translation>簽署我的評分表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="282"/>
        <source>&amp;Amend my signed sheet…</source>
        <translation>修訂我已簽署的評分表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="283"/>
        <source>&amp;Print my score sheet…</source>
        <translation>列印我的評分表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="284"/>
        <source>Save my signed sheet as &amp;PDF…</source>
        <translation>把已簽署的評分表儲存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="285"/>
        <source>&amp;Panel</source>
        <translation>評選小組(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="286"/>
        <source>&amp;Create panel certificate authority…</source>
        <translation>建立評選小組核證機關(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="287"/>
        <source>&amp;Export judge kits…</source>
        <translation>匯出評判資料套件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="288"/>
        <source>Export panel &amp;trust certificate…</source>
        <translation>匯出評選小組信任證書(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="289"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="290"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="291"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="292"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="293"/>
        <source>&amp;About JudgePanel</source>
        <translation>關於 JudgePanel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="316"/>
        <source>The new database location is used the next time JudgePanel starts.</source>
        <translation>新的資料庫位置會在下次啟動 JudgePanel 時使用。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="332"/>
        <source>Panel certificate authority</source>
        <translation>評選小組核證機關</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="333"/>
        <source>Created. Its fingerprint, to give each judge on paper:
{fp}</source>
        <translation>已建立。請把以下指紋以書面交給每位評判：
{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="345"/>
        <source>Export judge kits</source>
        <translation>匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="346"/>
        <source>Create the panel certificate authority first (Panel menu).</source>
        <translation>請先建立評選小組核證機關（「評選小組」選單）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="355"/>
        <source>Wrote {n} kits.</source>
        <translation>已寫入 {n} 份資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="364"/>
        <source>Panel trust certificate</source>
        <translation>評選小組信任證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="365"/>
        <source>Certificates (*.pem)</source>
        <translation>證書 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="402"/>
        <source>Which judge?</source>
        <translation>哪一位評判？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="402"/>
        <source>Judge:</source>
        <translation>評判：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="417"/>
        <source>Signed revision {rev} (SHA-256 {sha}…).</source>
        <translation>已簽署修訂版本 {rev}（SHA-256 {sha}…）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="450"/>
        <source>Score sheet — {name}</source>
        <translation>評分表 — {name}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="461"/>
        <source>Save signed score sheet</source>
        <translation>儲存已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="462"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="487"/>
        <source>Blank score sheets</source>
        <translation>空白評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="491"/>
        <source>JudgePanel</source>
        <translation>JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="512"/>
        <source>About JudgePanel</source>
        <translation>關於 JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="513"/>
        <source>JudgePanel {version}
Judging for the Civil Service Customer Service Award Scheme.

Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>JudgePanel {version}
公務員顧客服務獎勵計劃評選系統。

Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
</TS>
