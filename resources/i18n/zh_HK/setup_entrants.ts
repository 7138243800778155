<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>EntrantCategory</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="38"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="39"/>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="40"/>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
</context>
<context>
    <name>EntrantDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="77"/>
        <source>New entrant</source>
        <translation>新增參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="77"/>
        <source>Edit entrant</source>
        <translation>修改參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="78"/>
        <source>&amp;Code:</source>
        <translation>代號(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="79"/>
        <source>Name (&amp;English):</source>
        <translation>名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="80"/>
        <source>Name (C&amp;hinese):</source>
        <translation>名稱（中文）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="81"/>
        <source>C&amp;ategory:</source>
        <translation>類別(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="82"/>
        <source>e.g. IMMD</source>
        <translation>例如 IMMD</translation>
    </message>
</context>
<context>
    <name>EntrantsPage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="96"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="97"/>
        <source>Name (English)</source>
        <translation>名稱（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="98"/>
        <source>Name (Chinese)</source>
        <translation>名稱（中文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="99"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="138"/>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="195"/>
        <source>{count} entrants</source>
        <translation>{count} 個參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="164"/>
        <source>Remove {code} {name}, with its preliminary scores, votes and declared conflicts?</source>
        <translation>刪除 {code} {name}，連同其初步評審分數、票數及已申報的利益衝突？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="170"/>
        <source>Import entrants</source>
        <translation>匯入參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="170"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="181"/>
        <source>Imported {count} entrants from {file}.</source>
        <translation>已從 {file} 匯入 {count} 個參賽單位。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="185"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="186"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="187"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="188"/>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="189"/>
        <source>Entrants</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_entrants.py" line="191"/>
        <source>CSV import: UTF-8 file with the header code,name_en,name_zh,category (category: department, team or individual). A file with any bad row is refused whole, listing every problem with its line number.</source>
        <translation>匯入 CSV：UTF-8 檔案，標題列為 code,name_en,name_zh,category（category 為 department、team 或 individual）。只要有一列出錯，整個檔案都不會匯入，並會逐一列出每個問題及其行號。</translation>
    </message>
</context>
</TS>
