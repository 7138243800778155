<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="135"/>
        <source>&amp;Judge:</source>
        <translation>評判(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="135"/>
        <source>&amp;Entrant:</source>
        <translation>參賽單位(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="137"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="144"/>
        <source>Declare a conflict of interest</source>
        <translation>申報利益衝突</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="87"/>
        <source>Name (&amp;English):</source>
        <translation>名稱（英文）(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="88"/>
        <source>Name (C&amp;hinese):</source>
        <translation>名稱（中文）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="89"/>
        <source>&amp;Title:</source>
        <translation>職銜(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="90"/>
        <source>&amp;Constituency:</source>
        <translation>界別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="91"/>
        <source>&amp;Organisation:</source>
        <translation>機構(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="92"/>
        <source>Con&amp;tact:</source>
        <translation>聯絡方法(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="107"/>
        <source>New judge</source>
        <translation>新增評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="107"/>
        <source>Edit judge</source>
        <translation>修改評判</translation>
    </message>
</context>
<context>
    <name>JudgeWords</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="53"/>
        <source>Legislative Council judge</source>
        <translation>立法會界別評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="54"/>
        <source>private-sector judge</source>
        <translation>私營機構界別評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="55"/>
        <source>professional-body judge</source>
        <translation>專業團體界別評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="56"/>
        <source>staff-side judge</source>
        <translation>職方評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="57"/>
        <source>district-council judge</source>
        <translation>區議會界別評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="58"/>
        <source>judge from other backgrounds</source>
        <translation>其他界別評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="62"/>
        <source>{entrant} will have no {judge_kind} (recused: {judges}).</source>
        <translation>{entrant}將沒有{judge_kind}（迴避：{judges}）。</translation>
    </message>
</context>
<context>
    <name>JudgesPage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="159"/>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="190"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="160"/>
        <source>Other language</source>
        <translation>另一語言</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="162"/>
        <source>Title</source>
        <translation>職銜</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="163"/>
        <source>Constituency</source>
        <translation>界別</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="164"/>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="165"/>
        <source>Contact</source>
        <translation>聯絡方法</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="166"/>
        <source>Conflicts</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="191"/>
        <source>Entrant</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="193"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="194"/>
        <source>Declared</source>
        <translation>申報時間</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="250"/>
        <source>Panel balance: recusals leave a gap.</source>
        <translation>評選小組組成：迴避令個別界別沒有評判。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="277"/>
        <source>Remove {name} from the panel?</source>
        <translation>把 {name} 從評選小組中刪除？</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="299"/>
        <source>Withdraw the conflict of interest of {judge} with {entrant}? (The audit log keeps that it was declared.)</source>
        <translation>撤回 {judge} 與 {entrant} 的利益衝突申報？（審計日誌會保留曾經申報的紀錄。）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="305"/>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="312"/>
        <source>Judging panel</source>
        <translation>評選小組</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="306"/>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="313"/>
        <source>Conflicts of interest</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="307"/>
        <source>&amp;Add judge…</source>
        <translation>新增評判(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="308"/>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="309"/>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="310"/>
        <source>&amp;Declare conflict…</source>
        <translation>申報利益衝突(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_judges.py" line="311"/>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
</context>
</TS>
