<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="200"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="201"/>
        <source>Interface</source>
        <translation>介面</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="202"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="203"/>
        <source>Same as the computer</source>
        <translation>與電腦相同</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="204"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="205"/>
        <source>&amp;Font size:</source>
        <translation>字體大小(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="206"/>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="207"/>
        <source>Computer&apos;s default ({size} pt)</source>
        <translation>電腦預設（{size} 點）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="209"/>
        <source>Interface font size in points</source>
        <translation>介面字體大小（點）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="210"/>
        <source>Language and font size change at once.</source>
        <translation>語言及字體大小會即時更改。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="212"/>
        <source>Default folders</source>
        <translation>預設資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="213"/>
        <source>Judge &amp;kits:</source>
        <translation>評判資料套件(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="214"/>
        <source>Default folder for judge kits</source>
        <translation>評判資料套件的預設資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="215"/>
        <source>Score &amp;sheets:</source>
        <translation>評分表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="216"/>
        <source>Default folder for score sheets</source>
        <translation>評分表的預設資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="217"/>
        <source>Choose the folder for judge kits</source>
        <translation>選擇存放評判資料套件的資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="218"/>
        <source>Choose the folder for score sheets</source>
        <translation>選擇存放評分表的資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="219"/>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="227"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="222"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="223"/>
        <source>&amp;This computer&apos;s default</source>
        <translation>本電腦的預設資料庫(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="224"/>
        <source>Default database file</source>
        <translation>預設資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="225"/>
        <source>A database fil&amp;e:</source>
        <translation>資料庫檔案(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="226"/>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="387"/>
        <source>Database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="228"/>
        <source>Choose the database file</source>
        <translation>選擇資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="229"/>
        <source>A shared PostgreSQL ser&amp;ver:</source>
        <translation>共用的 PostgreSQL 伺服器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="230"/>
        <source>PostgreSQL server address</source>
        <translation>PostgreSQL 伺服器位址</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="232"/>
        <source>For a panel room where several computers key in paper sheets at once. Keep the password in the PostgreSQL password file (.pgpass), not in the address.</source>
        <translation>供評審室內多部電腦同時輸入紙本評分表之用。請把密碼存放在 PostgreSQL 密碼檔（.pgpass），不要寫在位址內。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="235"/>
        <source>A new database location takes effect the next time JudgePanel starts.</source>
        <translation>新的資料庫位置會在下次啟動 JudgePanel 時生效。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="236"/>
        <source>Open now: {db}</source>
        <translation>目前開啟：{db}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="237"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="240"/>
        <source>Note: the JUDGEPANEL_DB environment variable is set, so JudgePanel opens {db} whatever is chosen here.</source>
        <translation>注意：已設定環境變數 JUDGEPANEL_DB，因此無論這裏選擇甚麼，JudgePanel 都會開啟 {db}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="243"/>
        <source>Problem with the settings</source>
        <translation>設定有問題</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="307"/>
        <source>Type the database location, or choose this computer&apos;s default.</source>
        <translation>請輸入資料庫位置，或選擇本電腦的預設資料庫。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="380"/>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="387"/>
        <source>JudgePanel databases (*.db)</source>
        <translation>JudgePanel 資料庫 (*.db)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/settings_dialog.py" line="400"/>
        <source>The database chosen in the settings could not be opened:

{reason}

Forget that choice, so that JudgePanel opens this computer&apos;s default database the next time it starts?</source>
        <translation>設定中選擇的資料庫無法開啟：

{reason}

要忘記這個選擇，讓 JudgePanel 下次啟動時開啟本電腦的預設資料庫嗎？</translation>
    </message>
</context>
</TS>
