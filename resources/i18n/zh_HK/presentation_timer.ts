<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PresentationTimerWidget</name>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="141"/>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="211"/>
        <source>Presentation timer</source>
        <extracomment>Refresh interval while running: often enough that seconds never visibly skip. Emitted after start, pause, reset or &quot;Q&amp;A now&quot; (the moment to persist the timer).</extracomment>
        <translation>介紹計時器</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="150"/>
        <source>Overtime {time}</source>
        <translation>超時 {time}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="165"/>
        <source>Time is up</source>
        <translation>時間已到</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="166"/>
        <source>Presentation</source>
        <translation>介紹</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="166"/>
        <source>Q&amp;A</source>
        <translation>答問</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="168"/>
        <source>{phase} — not started</source>
        <translation>{phase} — 未開始</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="170"/>
        <source>{phase} — paused</source>
        <translation>{phase} — 已暫停</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="172"/>
        <source>{phase} — 2 minutes or less</source>
        <translation>{phase} — 尚餘兩分鐘或以下</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="176"/>
        <source>Pause (F7)</source>
        <translation>暫停 (F7)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="176"/>
        <source>Start (F7)</source>
        <translation>開始 (F7)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="178"/>
        <source>Pause the presentation timer</source>
        <translation>暫停介紹計時器</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="179"/>
        <source>Start the presentation timer</source>
        <translation>開始介紹計時器</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="205"/>
        <source>Q&amp;&amp;A now (F8)</source>
        <translation>立即答問 (F8)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="206"/>
        <source>Start the Q&amp;A countdown now</source>
        <translation>立即開始答問倒數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="207"/>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="208"/>
        <source>Reset the presentation timer (Ctrl+F7)</source>
        <translation>重設介紹計時器 (Ctrl+F7)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="209"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/presentation_timer.py" line="210"/>
        <source>Timer phase</source>
        <translation>計時階段</translation>
    </message>
</context>
</TS>
