<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AutosaveTextEdit</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="281"/>
        <source>Saved</source>
        <extracomment>Pause after which the next digit starts a new score rather than extending the last one. Comments are saved this long after the judge stops typing (and at once on leaving the box).</extracomment>
        <translation>已儲存</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="281"/>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="291"/>
        <source>Not saved yet…</source>
        <translation>尚未儲存…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="284"/>
        <source>Not saved: {reason}</source>
        <translation>未能儲存：{reason}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="288"/>
        <source>Comment status</source>
        <translation>評語儲存狀態</translation>
    </message>
</context>
<context>
    <name>CriterionPanel</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="495"/>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="498"/>
        <source>Criterion {number} of {count} · weight {weight}% · scale {low}–{high} in steps of {step}</source>
        <translation>第 {number} 項準則（共 {count} 項）· 比重 {weight}% · 分數範圍 {low}–{high}，每級 {step} 分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="507"/>
        <source>Comment on {criterion} (F6; Esc returns to the score)</source>
        <translation>有關「{criterion}」的評語（F6；按 Esc 返回分數）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="510"/>
        <source>Comment on {criterion}</source>
        <translation>有關「{criterion}」的評語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="512"/>
        <source>Score for {criterion}</source>
        <translation>「{criterion}」的分數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="520"/>
        <source>Not scored yet</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="521"/>
        <source>Score {value}</source>
        <translation>{value} 分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="524"/>
        <source>Not scored yet.</source>
        <translation>尚未評分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="526"/>
        <source>{value}: outside every rubric band.</source>
        <translation>{value}：不屬於任何評分等級。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="534"/>
        <source>S&amp;core</source>
        <translation>分數(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="536"/>
        <source>Type the score (e.g. 7 or 7.5), or use the arrow keys. Enter: next criterion · Backspace or Page Up: previous · Delete: clear · F4: first missing</source>
        <translation>輸入分數（例如 7 或 7.5），或使用方向鍵。Enter：下一項準則 · Backspace 或 Page Up：上一項 · Delete：清除 · F4：首個未評分項目</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="538"/>
        <source>Allowed scores</source>
        <translation>可選分數</translation>
    </message>
</context>
<context>
    <name>RubricView</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="368"/>
        <source>Band {low} to {high}{current}</source>
        <translation>{low} 至 {high} 分等級{current}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="370"/>
        <source> (matches the score)</source>
        <translation>（與分數相符）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="374"/>
        <source>What the scores mean</source>
        <translation>各分數等級的意思</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="898"/>
        <source>Every criterion has a score.</source>
        <extracomment>A committed change (score or comment); carries a :class:`ScoringChange`. The judge moved (already persisted); carries a :class:`JudgePosition`. Esc: back to the day list. Enter on the summary: the next finalist after this entrant id. A user-caused problem the page has shown; carries the UserError.</extracomment>
        <translation>所有準則均已評分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="978"/>
        <source>Typing {text}…</source>
        <translation>正在輸入 {text}…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1028"/>
        <source>{criterion}: {value} saved.</source>
        <translation>{criterion}：已儲存 {value} 分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1031"/>
        <source>{criterion}: score cleared.</source>
        <translation>{criterion}：已清除分數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1127"/>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1128"/>
        <source>Summary (Alt+0)</source>
        <translation>摘要 (Alt+0)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1135"/>
        <source>missing</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1139"/>
        <source>{name} (Alt+{number})</source>
        <translation>{name} (Alt+{number})</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1151"/>
        <source>Finalist: {name}</source>
        <translation>入圍部門：{name}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1156"/>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1158"/>
        <source>{scored} of {count} criteria scored</source>
        <translation>已評 {scored} / {count} 項準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1169"/>
        <source>Next finalist (Enter) ▶</source>
        <translation>下一個入圍部門 (Enter) ▶</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1170"/>
        <source>Go to the next finalist</source>
        <translation>前往下一個入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1173"/>
        <source>Next (Enter) ▶</source>
        <translation>下一項 (Enter) ▶</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1174"/>
        <source>Next criterion</source>
        <translation>下一項準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1179"/>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1235"/>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1189"/>
        <source>Your score sheet has been signed, so these scores are read-only. An amendment must be started before they can change.</source>
        <translation>你的評分表已簽署，這些分數只可查閱。須先開始修訂，才可更改分數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1229"/>
        <source>◀ Previous (Page Up)</source>
        <translation>◀ 上一項 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1230"/>
        <source>Previous criterion</source>
        <translation>上一項準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1231"/>
        <source>Back to the day (Esc)</source>
        <translation>返回當日場次 (Esc)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1232"/>
        <source>Back to the list of presentations</source>
        <translation>返回介紹場次列表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1233"/>
        <source>Criteria and summary</source>
        <translation>甄選準則及摘要</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="1234"/>
        <source>Scoring</source>
        <translation>評分</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="642"/>
        <source>No total yet — missing: {names}</source>
        <translation>尚未有總分 — 未評分：{names}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="648"/>
        <source>Weighted total: {total} out of 100</source>
        <translation>加權總分：{total}（滿分 100）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="670"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="671"/>
        <source>Your scores for this finalist</source>
        <translation>你為此入圍部門的評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="672"/>
        <source>Go to the first missing score (F4)</source>
        <translation>前往首個未評分項目 (F4)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="673"/>
        <source>Go to the first missing score</source>
        <translation>前往首個未評分項目</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="674"/>
        <source>&amp;Overall comment (F6; Esc leaves the box)</source>
        <translation>整體評語(&amp;O)（F6；按 Esc 離開）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="675"/>
        <source>Overall comment on this finalist</source>
        <translation>對此入圍部門的整體評語</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="561"/>
        <source>Criterion</source>
        <translation>準則</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="562"/>
        <source>Weight</source>
        <translation>比重</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="564"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="565"/>
        <source>Rubric band</source>
        <translation>評分等級</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="567"/>
        <source>Comment</source>
        <translation>評語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="572"/>
        <source>Missing</source>
        <translation>未評分</translation>
    </message>
</context>
<context>
    <name>ValuePicker</name>
    <message>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="411"/>
        <location filename="../../../judgepanel/ui/scoring_page.py" line="435"/>
        <source>Score {value}</source>
        <translation>{value} 分</translation>
    </message>
</context>
</TS>
