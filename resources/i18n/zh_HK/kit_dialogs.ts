<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>CreateAuthorityDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="151"/>
        <source>Create the panel certificate authority</source>
        <translation>建立評選小組核證機關</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="153"/>
        <source>The panel certificate authority issues each judge&apos;s signing credential and signs the judge kits. It is created once. Keep its passphrase safe: without it no kit can be signed.</source>
        <translation>評選小組核證機關為每位評判簽發簽署憑證，並簽署評判資料套件。核證機關只建立一次。請妥善保管其密碼短語：沒有它便無法簽署任何資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="158"/>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="160"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="162"/>
        <source>&amp;New passphrase:</source>
        <translation>新密碼短語(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="163"/>
        <source>&amp;Repeat it:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="172"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>兩次輸入的密碼短語不同，請重新輸入。</translation>
    </message>
</context>
<context>
    <name>ExportKitsDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="193"/>
        <source>Export judge kits</source>
        <translation>匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="196"/>
        <source>Judges to export kits for</source>
        <translation>要匯出資料套件的評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="204"/>
        <source>No signing certificate yet</source>
        <translation>尚未有簽署證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="208"/>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="233"/>
        <source>Folder for the kits</source>
        <translation>存放資料套件的資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="209"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="212"/>
        <source>Panel authority passphrase</source>
        <translation>評選小組核證機關密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="214"/>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="215"/>
        <source>Panel authority &amp;passphrase:</source>
        <translation>核證機關密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="216"/>
        <source>Panel fingerprint (read it to each judge): {fp}</source>
        <translation>評選小組指紋（請讀給每位評判核對）：{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="220"/>
        <source>&amp;Judges:</source>
        <translation>評判(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="250"/>
        <source>Choose a folder for the kits.</source>
        <translation>請選擇存放資料套件的資料夾。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="254"/>
        <source>Tick at least one judge.</source>
        <translation>請最少選取一位評判。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="274"/>
        <source>Unlocking the panel authority…</source>
        <translation>正在解鎖評選小組核證機關…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="274"/>
        <source>Writing the kit for {name}…</source>
        <translation>正在寫入 {name} 的資料套件…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="271"/>
        <source>Exporting judge kits</source>
        <translation>正在匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="275"/>
        <source>Cancelled: {n} kits were written before you stopped.</source>
        <translation>已取消：停止前已寫入 {n} 份資料套件。</translation>
    </message>
</context>
<context>
    <name>ImportKitDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="297"/>
        <source>Import a judge kit</source>
        <extracomment>Where the kit went when it went into a new database (and that file&apos;s lock).</extracomment>
        <translation>匯入評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="300"/>
        <source>Kit file</source>
        <translation>資料套件檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="302"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="306"/>
        <source>Panel fingerprint</source>
        <translation>評選小組指紋</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="307"/>
        <source>as given by the chair, e.g. AB12 CD34 …</source>
        <translation>按主席提供的指紋輸入，例如 AB12 CD34 …</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="313"/>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="360"/>
        <source>New judge&apos;s database file</source>
        <translation>評判的新資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="319"/>
        <source>&amp;Kit file:</source>
        <translation>資料套件檔案(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="321"/>
        <source>Panel &amp;fingerprint:</source>
        <translation>評選小組指紋(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="327"/>
        <source>This computer&apos;s open database is not a judge&apos;s, so the kit goes into a new database of your own, which JudgePanel then opens, now and at every start; the open database stays as it is.</source>
        <translation>本電腦目前開啟的不是評判的資料庫，因此資料套件會匯入一個屬於你的新資料庫，JudgePanel 隨即開啟它，以後每次啟動亦會開啟它；目前開啟的資料庫則維持不變。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="331"/>
        <source>B&amp;rowse…</source>
        <translation>瀏覽(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="333"/>
        <source>Choose the new database file</source>
        <translation>選擇新資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="335"/>
        <source>&amp;New database:</source>
        <translation>新資料庫(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="346"/>
        <source>Judge kit</source>
        <translation>評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="347"/>
        <source>Judge kits (*.jpkit)</source>
        <translation>評判資料套件 (*.jpkit)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="361"/>
        <source>JudgePanel databases (*.db)</source>
        <translation>JudgePanel 資料庫 (*.db)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="391"/>
        <source>Choose the kit file.</source>
        <translation>請選擇資料套件檔案。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="403"/>
        <source>Kit imported for {name}: {n} finalists.</source>
        <translation>已為 {name} 匯入資料套件：{n} 個入圍部門。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="415"/>
        <source>Choose the file for your new database.</source>
        <translation>請選擇新資料庫的檔案。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="418"/>
        <source>Type the panel fingerprint the chair gave you.</source>
        <translation>請輸入主席給你的評選小組指紋。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="424"/>
        <source>That is the database open now; choose a new file for your own database.</source>
        <translation>這是目前開啟的資料庫；請為你自己的資料庫另選一個新檔案。</translation>
    </message>
</context>
</TS>
