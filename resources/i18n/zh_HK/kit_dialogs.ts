<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>CreateAuthorityDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="96"/>
        <source>Create the panel certificate authority</source>
        <translation>建立評選小組核證機關</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="98"/>
        <source>The panel certificate authority issues each judge&apos;s signing credential and signs the judge kits. It is created once. Keep its passphrase safe: without it no kit can be signed.</source>
        <translation>評選小組核證機關為每位評判簽發簽署憑證，並簽署評判資料套件。核證機關只建立一次。請妥善保管其密碼短語：沒有它便無法簽署任何資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="103"/>
        <source>New passphrase</source>
        <translation>新密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="105"/>
        <source>Repeat the passphrase</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="107"/>
        <source>&amp;New passphrase:</source>
        <translation>新密碼短語(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="108"/>
        <source>&amp;Repeat it:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="117"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>兩次輸入的密碼短語不同，請重新輸入。</translation>
    </message>
</context>
<context>
    <name>ExportKitsDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="136"/>
        <source>Export judge kits</source>
        <translation>匯出評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="139"/>
        <source>Judges to export kits for</source>
        <translation>要匯出資料套件的評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="147"/>
        <source>No signing certificate yet</source>
        <translation>尚未有簽署證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="151"/>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="174"/>
        <source>Folder for the kits</source>
        <translation>存放資料套件的資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="152"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="155"/>
        <source>Panel authority passphrase</source>
        <translation>評選小組核證機關密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="157"/>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="158"/>
        <source>Panel authority &amp;passphrase:</source>
        <translation>核證機關密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="159"/>
        <source>Panel fingerprint (read it to each judge): {fp}</source>
        <translation>評選小組指紋（請讀給每位評判核對）：{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="163"/>
        <source>&amp;Judges:</source>
        <translation>評判(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="188"/>
        <source>Choose a folder for the kits.</source>
        <translation>請選擇存放資料套件的資料夾。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="192"/>
        <source>Tick at least one judge.</source>
        <translation>請最少選取一位評判。</translation>
    </message>
</context>
<context>
    <name>ImportKitDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="212"/>
        <source>Import a judge kit</source>
        <translation>匯入評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="215"/>
        <source>Kit file</source>
        <translation>資料套件檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="216"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="220"/>
        <source>Panel fingerprint</source>
        <translation>評選小組指紋</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="221"/>
        <source>as given by the chair, e.g. AB12 CD34 …</source>
        <translation>按主席提供的指紋輸入，例如 AB12 CD34 …</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="223"/>
        <source>&amp;Kit file:</source>
        <translation>資料套件檔案(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="225"/>
        <source>Panel &amp;fingerprint:</source>
        <translation>評選小組指紋(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="234"/>
        <source>Judge kit</source>
        <translation>評判資料套件</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="235"/>
        <source>Judge kits (*.jpkit)</source>
        <translation>評判資料套件 (*.jpkit)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="245"/>
        <source>Choose the kit file.</source>
        <translation>請選擇資料套件檔案。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/kit_dialogs.py" line="250"/>
        <source>Kit imported for {name}: {n} finalists.</source>
        <translation>已為 {name} 匯入資料套件：{n} 個入圍部門。</translation>
    </message>
</context>
</TS>
