<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="140"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="142"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="147"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="148"/>
        <source>&amp;First presentation starts (Hong Kong time):</source>
        <translation>首場介紹開始時間（香港時間）(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="150"/>
        <source>&amp;Presentation (minutes):</source>
        <translation>介紹時間（分鐘）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="151"/>
        <source>&amp;Q&amp;&amp;A (minutes):</source>
        <translation>答問時間（分鐘）(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="152"/>
        <source>&amp;Changeover between finalists (minutes):</source>
        <translation>入圍部門之間的轉換時間（分鐘）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="166"/>
        <source>Presentation order:</source>
        <translation>介紹次序：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="169"/>
        <source>Plan the presentation schedule</source>
        <translation>編排介紹時間表</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="200"/>
        <source>Order</source>
        <extracomment>Emitted with the path once the PDF is written (or with the error if it failed).</extracomment>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="201"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="202"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="203"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="204"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="205"/>
        <source>Finalist</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="206"/>
        <source>Presentation (min)</source>
        <translation>介紹（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="208"/>
        <source>Q&amp;A (min)</source>
        <translation>答問（分鐘）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="255"/>
        <source>There are no confirmed finalists yet; confirm the shortlist first.</source>
        <translation>尚未確定入圍部門；請先確定入圍名單。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="258"/>
        <source>Not yet scheduled: {codes}.</source>
        <translation>尚未編排：{codes}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="261"/>
        <source>Every finalist has a slot.</source>
        <translation>每個入圍部門均已編排時段。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="313"/>
        <source>Save the schedule as PDF</source>
        <translation>把時間表另存為 PDF</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="313"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="325"/>
        <source>Writing {file}…</source>
        <translation>正在寫入 {file}…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="331"/>
        <source>The schedule was saved as {path}.</source>
        <translation>時間表已儲存為 {path}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="342"/>
        <source>The order of presentations on the final day, in Hong Kong time. Presentations cannot overlap. Plan lays every finalist out back to back; a single slot can then be moved.</source>
        <translation>決賽當日的介紹次序（香港時間）。各介紹時段不能重疊。「編排時間表」會把所有入圍部門順序排列，之後可個別調動時段。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="345"/>
        <source>&amp;Plan schedule…</source>
        <translation>編排時間表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="346"/>
        <source>&amp;Add slot…</source>
        <translation>新增時段(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="347"/>
        <source>&amp;Edit slot…</source>
        <translation>修改時段(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="348"/>
        <source>&amp;Remove slot</source>
        <translation>刪除時段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="349"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="350"/>
        <source>Presentation schedule</source>
        <translation>介紹時間表</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="101"/>
        <source>&amp;Finalist:</source>
        <translation>入圍部門(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="103"/>
        <source>&amp;Starts at (Hong Kong time):</source>
        <translation>開始時間（香港時間）(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="104"/>
        <source>&amp;Presentation (minutes):</source>
        <translation>介紹時間（分鐘）(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="105"/>
        <source>&amp;Q&amp;&amp;A (minutes):</source>
        <translation>答問時間（分鐘）(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_schedule.py" line="112"/>
        <source>Presentation slot</source>
        <translation>介紹時段</translation>
    </message>
</context>
</TS>
