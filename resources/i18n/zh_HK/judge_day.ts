<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>JudgeChooserPage</name>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="311"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="312"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="313"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="349"/>
        <source>Who is judging?</source>
        <translation>由哪位評判評分？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="351"/>
        <source>Choose the judge whose scores you will enter. You will see only that judge&apos;s own scores. On a judge&apos;s own laptop this step is skipped.</source>
        <translation>請選擇你將為其輸入分數的評判。你只會看到該評判本人的評分。在評判自己的手提電腦上，這一步會自動略過。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="353"/>
        <source>Judges of this competition</source>
        <translation>本屆比賽的評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="354"/>
        <source>Score as this judge (Enter)</source>
        <translation>以此評判身分評分 (Enter)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="355"/>
        <source>Score as the selected judge</source>
        <translation>以所選評判身分評分</translation>
    </message>
</context>
<context>
    <name>JudgeDayPage</name>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="233"/>
        <location filename="../../../judgepanel/ui/judge_day.py" line="285"/>
        <source>Messages</source>
        <extracomment>The judge asked to score this entrant id. &quot;Change judge&quot; (only offered when the laptop does not belong to one judge).</extracomment>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="243"/>
        <source>You declared a conflict of interest with {finalist}, so you do not score it.</source>
        <translation>你已申報與{finalist}有利益衝突，因此不會為其評分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="259"/>
        <source>Loading your presentations…</source>
        <translation>正在載入你的介紹場次…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="262"/>
        <source>{judge} — your presentations</source>
        <translation>{judge} — 你的介紹場次</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="272"/>
        <source>{done} of {count} finalists complete</source>
        <translation>已完成 {done} / {count} 個入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="277"/>
        <source>Your presentations in schedule order</source>
        <translation>按時間表排列的介紹場次</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="278"/>
        <source>Score this finalist (Enter)</source>
        <translation>為此入圍部門評分 (Enter)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="279"/>
        <source>Score the selected finalist</source>
        <translation>為所選入圍部門評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="280"/>
        <source>Change judge…</source>
        <translation>更換評判…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="281"/>
        <source>Choose another judge</source>
        <translation>選擇另一位評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="282"/>
        <source>Up/Down: choose · Enter: score · Ctrl+Z: undo a score</source>
        <translation>上／下：選擇 · Enter：評分 · Ctrl+Z：復原評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="284"/>
        <source>Your score sheet has been signed: your scores are read-only.</source>
        <translation>你的評分表已簽署：分數只可查閱，不可修改。</translation>
    </message>
</context>
<context>
    <name>JudgeDayTableModel</name>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="106"/>
        <source>Order</source>
        <translation>次序</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="108"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="109"/>
        <source>Finalist</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="110"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="111"/>
        <source>Your progress</source>
        <translation>你的進度</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="117"/>
        <source>not scheduled</source>
        <translation>未編排</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="123"/>
        <source>{status}: {scored} of {count} scored</source>
        <translation>{status}：已評 {scored} / {count} 項</translation>
    </message>
</context>
<context>
    <name>JudgeStatus</name>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="64"/>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="65"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="66"/>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="67"/>
        <source>Signed</source>
        <translation>已簽署</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_day.py" line="68"/>
        <source>Recused (conflict of interest)</source>
        <translation>已迴避（利益衝突）</translation>
    </message>
</context>
</TS>
