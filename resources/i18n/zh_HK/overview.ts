<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="69"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="70"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="71"/>
        <location filename="../../../judgepanel/ui/overview.py" line="90"/>
        <source>Finalist</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="72"/>
        <source>Other language</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="74"/>
        <source>Shortlist score</source>
        <translation>初選分數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="78"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="79"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="80"/>
        <source>Constituency</source>
        <translation>界別</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="81"/>
        <source>Organisation</source>
        <translation>所屬機構</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="82"/>
        <source>Conflicts of interest</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="83"/>
        <source>None declared</source>
        <translation>未有申報</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="86"/>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="87"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="88"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="89"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="91"/>
        <source>Presentation (min)</source>
        <translation>介紹（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="93"/>
        <source>Q&amp;A (min)</source>
        <translation>答問（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="96"/>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="97"/>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="98"/>
        <source>Scale</source>
        <translation>評分範圍</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="100"/>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="149"/>
        <source>Loading the competition…</source>
        <translation>正在載入比賽資料…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="155"/>
        <source>{award} · {year} · {entrants} entrants, {finalists} finalists, {judges} judges</source>
        <translation>{award} · {year} · {entrants} 個參賽單位，{finalists} 個入圍部門，{judges} 位評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="162"/>
        <source>&amp;Finalists</source>
        <translation>入圍部門(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="163"/>
        <source>&amp;Judges</source>
        <translation>評判(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="164"/>
        <source>&amp;Schedule</source>
        <translation>時間表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="165"/>
        <source>C&amp;riteria</source>
        <translation>甄選準則(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="166"/>
        <source>Finalists</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="167"/>
        <source>Judges and their conflicts of interest</source>
        <translation>評判及其利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="168"/>
        <source>Presentation schedule</source>
        <translation>介紹時間表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/overview.py" line="169"/>
        <source>Judging criteria</source>
        <translation>甄選準則</translation>
    </message>
</context>
</TS>
