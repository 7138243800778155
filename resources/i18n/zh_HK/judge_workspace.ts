<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>JudgeWorkspace</name>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="83"/>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="439"/>
        <source>Loading your presentations…</source>
        <extracomment>Delay before the scoring wizard is built in the background once the day is on screen. A committed change (score, comment, undo, redo); carries a ``ScoringChange``. The judge moved (persisted already); carries a ``JudgePosition``. The judge being served changed (chooser, or restored on start); carries the judge id. Emitted once the judge&apos;s schedule (or the chooser) has been filled with data. A user-caused problem was shown inline; carries the ``UserError`` (for a status bar/log).</extracomment>
        <translation>正在載入你的介紹場次…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="293"/>
        <source>You declared a conflict of interest with {finalist}, so you do not score it.</source>
        <translation>你已申報與{finalist}有利益衝突，因此不會為其評分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="336"/>
        <source>Nothing to redo.</source>
        <translation>沒有可重做的操作。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="337"/>
        <source>Nothing to undo.</source>
        <translation>沒有可復原的操作。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="368"/>
        <source>Undone: {criterion} for {finalist} is {value} again.</source>
        <translation>已復原：{finalist}的「{criterion}」回復為 {value}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/judge_workspace.py" line="370"/>
        <source>Redone: {criterion} for {finalist} is {value}.</source>
        <translation>已重做：{finalist}的「{criterion}」為 {value}。</translation>
    </message>
</context>
</TS>
