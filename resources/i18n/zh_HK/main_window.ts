<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="274"/>
        <source>JudgePanel — Customer Service Award judging</source>
        <translation>JudgePanel — 顧客服務獎評選</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="166"/>
        <location filename="../../../judgepanel/ui/main_window.py" line="276"/>
        <source>&amp;Overview</source>
        <extracomment>Emitted once, after the window&apos;s first paint (the moment to start loading data). Emitted after the window has been filled with the competition&apos;s data. Builds the full (SQLAlchemy) services on first need; a judge&apos;s laptop shows its day without them (see :meth:`attach_judge`). The lock this process holds on the open database file (set by the app at start).</extracomment>
        <translation>概覽(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="277"/>
        <source>Judgin&amp;g</source>
        <translation>評分(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="279"/>
        <source>Set-&amp;up</source>
        <translation>比賽設定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="282"/>
        <source>Resul&amp;ts</source>
        <translation>結果(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="283"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="284"/>
        <source>&amp;Import judge kit…</source>
        <translation>匯入評判資料套件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="285"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="286"/>
        <source>&amp;Verify a signed score sheet…</source>
        <translation>核實已簽署的評分表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="287"/>
        <source>Print &amp;blank score sheets…</source>
        <translation>列印空白評分表(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="288"/>
        <source>&amp;Score sheet</source>
        <translation>評分表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="289"/>
        <source>&amp;Sign my score sheet…</source>
        <translation>簽署我的評分表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="290"/>
        <source>&amp;Amend my signed sheet…</source>
        <translation>修訂我已簽署的評分表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="291"/>
        <source>&amp;Print my score sheet…</source>
        <translation>列印我的評分表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="292"/>
        <source>Save my signed sheet as &amp;PDF…</source>
        <translation>把已簽署的評分表儲存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="293"/>
        <source>&amp;Panel</source>
        <translation>評選小組(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="294"/>
        <source>&amp;Create panel certificate authority…</source>
        <translation>建立評選小組核證機關(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="295"/>
        <source>Signing c&amp;redentials…</source>
        <translation>簽署憑證(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="296"/>
        <source>&amp;Export judge kits…</source>
        <translation>匯出評判資料套件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="297"/>
        <source>Export panel &amp;trust certificate…</source>
        <translation>匯出評選小組信任證書(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="298"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="299"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="300"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="301"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="302"/>
        <source>&amp;About JudgePanel</source>
        <translation>關於 JudgePanel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="325"/>
        <source>The new database location is used the next time JudgePanel starts.</source>
        <translation>新的資料庫位置會在下次啟動 JudgePanel 時使用。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="341"/>
        <source>Panel certificate authority</source>
        <translation>評選小組核證機關</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="342"/>
        <source>Created. Its fingerprint, to give each judge on paper:
{fp}</source>
        <translation>已建立。請把以下指紋以書面交給每位評判：
{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="362"/>
        <source>Export judge kits</source>
        <translation>匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="363"/>
        <source>Create the panel certificate authority first (Panel menu).</source>
        <translation>請先建立評選小組核證機關（「評選小組」選單）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="372"/>
        <source>Wrote {n} kits.</source>
        <translation>已寫入 {n} 份資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="381"/>
        <source>Panel trust certificate</source>
        <translation>評選小組信任證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="382"/>
        <source>Certificates (*.pem)</source>
        <translation>證書 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="485"/>
        <source>Which judge?</source>
        <translation>哪一位評判？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="485"/>
        <source>Judge:</source>
        <translation>評判：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="500"/>
        <source>Signed revision {rev} (SHA-256 {sha}…).</source>
        <translation>已簽署修訂版本 {rev}（SHA-256 {sha}…）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="527"/>
        <source>Preparing the print preview…</source>
        <translation>正在準備列印預覽…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="540"/>
        <source>Cancelled: nothing was printed.</source>
        <translation>已取消：沒有列印任何內容。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="551"/>
        <source>Building the score sheet…</source>
        <translation>正在製作評分表…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="561"/>
        <source>Score sheet — {name}</source>
        <translation>評分表 — {name}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="562"/>
        <source>Printing the score sheet</source>
        <translation>列印評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="573"/>
        <source>Save signed score sheet</source>
        <translation>儲存已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="574"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="595"/>
        <source>Laying out the sheets for {judge}…</source>
        <translation>正在排版評判 {judge} 的評分表…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="617"/>
        <source>Blank score sheets</source>
        <translation>空白評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="618"/>
        <source>Building the blank score sheets</source>
        <translation>正在製作空白評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="622"/>
        <source>JudgePanel</source>
        <translation>JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="643"/>
        <source>About JudgePanel</source>
        <translation>關於 JudgePanel</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/main_window.py" line="644"/>
        <source>JudgePanel {version}
Judging for the Civil Service Customer Service Award Scheme.

Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>JudgePanel {version}
公務員顧客服務獎勵計劃評選系統。

Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
</TS>
