<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>FormulaDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="95"/>
        <source>Relative to the highest share (top = 100)</source>
        <translation>相對最高比率（最高者 = 100）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="97"/>
        <source>Percentage of households polled</source>
        <translation>受訪住戶百分比</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="103"/>
        <source>&amp;Self-nomination submission weight:</source>
        <translation>自薦書比重(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="104"/>
        <source>Si&amp;te-visit weight:</source>
        <translation>實地探訪比重(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="105"/>
        <source>&amp;Public-vote weight:</source>
        <translation>公眾投票比重(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="106"/>
        <source>Submission scored out of:</source>
        <translation>自薦書滿分：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="107"/>
        <source>Site visit scored out of:</source>
        <translation>實地探訪滿分：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="108"/>
        <source>Public-vote share counts as:</source>
        <translation>公眾投票比率計算方法：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="117"/>
        <source>Weights are relative (40/40/20 is the same as 2/2/1); a weight of 0 leaves a stage out. The formula must be fixed before the finalists are confirmed and cannot change afterwards.</source>
        <translation>比重為相對值（40/40/20 與 2/2/1 相同）；比重為 0 即不計該階段。公式須在確定入圍部門前訂定，之後不能更改。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="130"/>
        <source>Shortlist formula</source>
        <translation>入圍公式</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="60"/>
        <source>{share} × self-nomination submission (out of {maximum})</source>
        <translation>{share} × 自薦書（滿分 {maximum}）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="64"/>
        <source>{share} × site visit (out of {maximum})</source>
        <translation>{share} × 實地探訪（滿分 {maximum}）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="69"/>
        <source>{share} × public-vote share (relative to the highest share)</source>
        <translation>{share} × 公眾投票比率（相對最高比率）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="72"/>
        <source>{share} × public-vote share (percentage of households polled)</source>
        <translation>{share} × 公眾投票比率（受訪住戶百分比）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="74"/>
        <source>Composite = {terms}</source>
        <translation>綜合分數 = {terms}</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="172"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="173"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="174"/>
        <source>Entrant</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="175"/>
        <source>Submission</source>
        <translation>自薦書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="177"/>
        <source>Site visit</source>
        <translation>實地探訪</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="179"/>
        <source>Public vote</source>
        <translation>公眾投票</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="181"/>
        <source>Composite</source>
        <translation>綜合分數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="183"/>
        <source>Status</source>
        <translation>狀況</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="211"/>
        <source>Finalist (chair&apos;s decision)</source>
        <translation>入圍（主席決定）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="213"/>
        <source>Finalist</source>
        <translation>入圍</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="215"/>
        <source>Tied at the cut</source>
        <translation>分界線同分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="238"/>
        <source>No ranking yet: {problem}</source>
        <translation>尚未能排名：{problem}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="240"/>
        <source>The {n} finalists are confirmed: {codes}. The formula and its inputs are now fixed.</source>
        <translation>已確定 {n} 個入圍部門：{codes}。公式及所用分數現已固定。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="244"/>
        <source>The top {n} become finalists. Not confirmed yet.</source>
        <translation>首 {n} 名入圍，尚未確定。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="249"/>
        <source>Tie at the cut: {codes} have the same composite for the last {places} finalist place(s); the chair must decide who goes through.</source>
        <translation>分界線同分：{codes} 爭奪最後 {places} 個入圍名額，綜合分數相同；須由主席決定誰入圍。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="254"/>
        <source>Chair&apos;s decision of {when}: {codes} go through — {reason}</source>
        <translation>主席於 {when} 的決定：{codes} 入圍 — {reason}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="279"/>
        <source>Tie at the shortlist&apos;s cut</source>
        <translation>入圍分界線同分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="280"/>
        <source>{codes} have the same composite score. Choose the {places} who go through as finalists, and give the reason.</source>
        <translation>{codes} 的綜合分數相同。請選擇其中 {places} 個入圍，並說明理由。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="292"/>
        <source>The finalists are confirmed.</source>
        <translation>已確定入圍部門。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="300"/>
        <source>Reset the shortlist</source>
        <translation>重設入圍名單</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="301"/>
        <source>Resetting withdraws the confirmed finalists and their presentation slots, so that the formula or the preliminary results can be corrected. This is recorded with your reason. It is refused once judges have scored.</source>
        <translation>重設會撤回已確定的入圍部門及其介紹時段，以便更正公式或初步評審結果。此舉連同你的理由會被記錄。評判開始評分後不能重設。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="307"/>
        <source>Shortlist formula (fixed in advance)</source>
        <translation>入圍公式（預先訂定）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="308"/>
        <source>Change &amp;formula…</source>
        <translation>更改公式(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="309"/>
        <source>&amp;Decide the tie…</source>
        <translation>裁決同分(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="310"/>
        <source>&amp;Confirm finalists</source>
        <translation>確定入圍部門(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="311"/>
        <source>&amp;Reset shortlist…</source>
        <translation>重設入圍名單(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_shortlist.py" line="312"/>
        <source>Shortlist ranking</source>
        <translation>入圍排名</translation>
    </message>
</context>
</TS>
