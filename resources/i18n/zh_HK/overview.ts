<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="72"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="73"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="74"/>
        <location filename="../../../judgepanel/ui/overview.py" line="94"/>
        <source>Finalist</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="75"/>
        <source>Other language</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="77"/>
        <source>Shortlist score</source>
        <translation>初選分數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="82"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="83"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="84"/>
        <source>Constituency</source>
        <translation>界別</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="85"/>
        <source>Organisation</source>
        <translation>所屬機構</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="86"/>
        <source>Conflicts of interest</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="87"/>
        <source>None declared</source>
        <translation>未有申報</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="90"/>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="91"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="92"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="93"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="95"/>
        <source>Presentation (min)</source>
        <translation>介紹（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="97"/>
        <source>Q&amp;A (min)</source>
        <translation>答問（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="100"/>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="101"/>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="102"/>
        <source>Scale</source>
        <translation>評分範圍</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="104"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="153"/>
        <source>Loading the competition…</source>
        <translation>正在載入比賽資料…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="159"/>
        <source>{award} · {year} · {entrants} entrants, {finalists} finalists, {judges} judges</source>
        <translation>{award} · {year} · {entrants} 個參賽單位，{finalists} 個入圍部門，{judges} 位評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="166"/>
        <source>F&amp;inalists</source>
        <translation>入圍部門(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="168"/>
        <source>Sche&amp;dule</source>
        <translation>時間表(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="167"/>
        <source>&amp;Judges</source>
        <translation>評判(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="169"/>
        <source>C&amp;riteria</source>
        <translation>甄選準則(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="170"/>
        <source>Finalists</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="171"/>
        <source>Judges and their conflicts of interest</source>
        <translation>評判及其利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="172"/>
        <source>Presentation schedule</source>
        <translation>介紹時間表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="173"/>
        <source>Judging criteria</source>
        <translation>甄選準則</translation>
    </message>
</context>
</TS>
