<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>BandsModel</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="246"/>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="246"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="246"/>
        <source>Descriptor (English)</source>
        <translation>描述（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="247"/>
        <source>Descriptor (Chinese)</source>
        <translation>描述（中文）</translation>
    </message>
</context>
<context>
    <name>CompetitionDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="173"/>
        <source>New competition</source>
        <translation>新增比賽</translation>
    </message>
</context>
<context>
    <name>CompetitionForm</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="113"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="114"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="115"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="116"/>
        <source>&amp;Award:</source>
        <translation>獎項(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="117"/>
        <source>&amp;Public-vote award:</source>
        <translation>公眾投票獎項(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="118"/>
        <source>&amp;Venue:</source>
        <translation>地點(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="119"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="120"/>
        <source>Number of a&amp;wards:</source>
        <translation>獎項數目(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="121"/>
        <source>&amp;Finalists (N):</source>
        <translation>入圍名額 N(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="122"/>
        <source>Public-vote a&amp;wards (K):</source>
        <translation>公眾投票獎項數目 K(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="124"/>
        <source>Competition name (English)</source>
        <translation>比賽名稱（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="125"/>
        <source>Competition name (Chinese)</source>
        <translation>比賽名稱（中文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="126"/>
        <source>Award name (English)</source>
        <translation>獎項名稱（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="127"/>
        <source>Award name (Chinese)</source>
        <translation>獎項名稱（中文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="128"/>
        <source>Public-vote award name (English)</source>
        <translation>公眾投票獎項名稱（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="129"/>
        <source>Public-vote award name (Chinese)</source>
        <translation>公眾投票獎項名稱（中文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="130"/>
        <source>Venue (English)</source>
        <translation>地點（英文）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="131"/>
        <source>Venue (Chinese)</source>
        <translation>地點（中文）</translation>
    </message>
</context>
<context>
    <name>CompetitionPage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="392"/>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="393"/>
        <source>Other language</source>
        <translation>另一語言</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="395"/>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="396"/>
        <source>Share</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="397"/>
        <source>Scale</source>
        <translation>評分範圍</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="397"/>
        <source>{low}–{high}, steps of {step}</source>
        <translation>{low}–{high}，每級 {step}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="400"/>
        <source>Rubric bands</source>
        <translation>評分等級</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="468"/>
        <source>Total weight: {total} (weights are relative; each criterion counts by its share)</source>
        <translation>比重總和：{total}（比重為相對值；每項準則按其所佔比例計算）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="484"/>
        <source>The competition&apos;s details were saved.</source>
        <translation>已儲存比賽資料。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="506"/>
        <source>Remove the criterion {name} and its rubric bands?</source>
        <translation>刪除準則「{name}」及其評分等級？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="519"/>
        <source>Competition</source>
        <translation>比賽</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="521"/>
        <source>&amp;Save details</source>
        <translation>儲存資料(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="522"/>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="528"/>
        <source>Criteria</source>
        <translation>甄選準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="523"/>
        <source>&amp;Add criterion…</source>
        <translation>新增準則(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="524"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="525"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="526"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="527"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
</context>
<context>
    <name>CriterionDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="335"/>
        <source>New criterion</source>
        <translation>新增準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="335"/>
        <source>Edit criterion</source>
        <translation>修改準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="336"/>
        <source>Name (&amp;English):</source>
        <translation>名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="336"/>
        <source>Name (&amp;Chinese):</source>
        <translation>名稱（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="337"/>
        <source>Description (English):</source>
        <translation>說明（英文）：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="337"/>
        <source>Description (Chinese):</source>
        <translation>說明（中文）：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="338"/>
        <source>&amp;Weight:</source>
        <translation>比重(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="338"/>
        <source>&amp;Scale from:</source>
        <translation>評分範圍由(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="341"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="342"/>
        <source>in steps of</source>
        <translation>每級</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="343"/>
        <source>Rubric bands (what each range of scores means)</source>
        <translation>評分等級（各分數範圍的意義）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="344"/>
        <source>Add &amp;band</source>
        <translation>新增等級(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_competition.py" line="345"/>
        <source>Remove ba&amp;nd</source>
        <translation>刪除等級(&amp;N)</translation>
    </message>
</context>
</TS>
