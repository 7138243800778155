<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>CastingDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="240"/>
        <source>Chair&apos;s casting decision</source>
        <translation>主席決定票</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="241"/>
        <source>These finalists are still tied after every tie-break. Put them in the chair&apos;s order, best first, and give the reason.</source>
        <translation>這些入圍部門經所有同分處理後仍然同分。請按主席決定的次序排列（最佳者先），並說明理由。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="251"/>
        <source>Order, best first</source>
        <translation>次序（最佳者先）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="252"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="255"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="267"/>
        <source>Reason for the casting decision</source>
        <translation>主席決定票的理由</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="273"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="277"/>
        <source>&amp;Record decision</source>
        <translation>記錄決定票(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChairCredentialDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="313"/>
        <source>Chair&apos;s signing credential</source>
        <translation>主席的簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="314"/>
        <source>The results report is signed by the chair. This issues the chair&apos;s credential from the panel authority; keep its passphrase to yourself.</source>
        <translation>結果報告由主席簽署。此處由評選小組核證機關簽發主席的憑證；請妥善保管其密碼短語，切勿告知他人。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="332"/>
        <source>Chair&apos;s &amp;name (English):</source>
        <translation>主席姓名（英文）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="333"/>
        <source>Chair&apos;s name (&amp;Chinese):</source>
        <translation>主席姓名（中文）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="334"/>
        <source>Panel &amp;authority passphrase:</source>
        <translation>評選小組核證機關密碼短語(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="335"/>
        <source>New chair&apos;s &amp;passphrase:</source>
        <translation>主席的新密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="336"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次輸入密碼短語(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="342"/>
        <source>&amp;Issue</source>
        <translation>簽發(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="346"/>
        <source>The two passphrases differ.</source>
        <translation>兩次輸入的密碼短語不同。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="354"/>
        <source>Issuing the credential…</source>
        <translation>正在簽發憑證…</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="133"/>
        <source>Fix the aggregation method</source>
        <translation>訂定計算方法</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="135"/>
        <source>Choose how the judges&apos; totals are combined. The method is fixed now, before any result is shown, and is recorded; it cannot change afterwards. The other methods are still shown beside it for comparison.</source>
        <translation>選擇如何綜合各評判的總分。方法須在顯示任何結果前訂定並記錄，其後不能更改。其他方法的結果仍會並列顯示以作比較。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="144"/>
        <source>Aggregation method</source>
        <translation>計算方法</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="150"/>
        <source>e.g. agreed at the panel&apos;s first meeting</source>
        <translation>例如：評選小組首次會議議定</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="151"/>
        <source>I confirm: fix this method for this year&apos;s results</source>
        <translation>本人確認：以此方法計算本年度結果</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="155"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="157"/>
        <source>Tie-breaks:</source>
        <translation>同分處理：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="158"/>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="165"/>
        <source>&amp;Fix method</source>
        <translation>訂定方法(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="171"/>
        <source>The mean of the weighted totals of the judges who scored the finalist (recused judges are left out). The usual headline.</source>
        <translation>曾為入圍部門評分的評判所給加權總分的平均數（避席評判不計）。通常採用的方法。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="173"/>
        <source>Drops the single highest and lowest total when at least five judges scored the finalist, then takes the mean.</source>
        <translation>如有最少五名評判評分，剔除一個最高及一個最低的總分後取平均數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="175"/>
        <source>The middle total of the judges who scored the finalist.</source>
        <translation>曾為入圍部門評分的評判總分的中位數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="176"/>
        <source>Each judge&apos;s totals standardised (harsh and lenient judges evened out), then averaged. Known to hurt as often as it helps; best as a check.</source>
        <translation>先把每名評判的總分標準化（拉平評分嚴緊或寬鬆的差異），再取平均數。此法利弊參半，宜作核對之用。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="179"/>
        <source>Each judge ranks the finalists; the mean rank decides (lower is better).</source>
        <translation>每名評判為入圍部門排名，以平均名次決定（數值越低越好）。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="206"/>
        <source>Make results final without every mark</source>
        <translation>在評分未齊的情況下把結果作實</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="208"/>
        <source>These judge × finalist cells have no marks:</source>
        <translation>以下評判 × 入圍部門組合未有評分：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="214"/>
        <source>Reason for the override</source>
        <translation>主席決定作實的理由</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="215"/>
        <source>Why the results are final without these marks (recorded and printed in the report)</source>
        <translation>為何在欠缺這些評分下仍把結果作實（會記錄並印於報告內）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="220"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="224"/>
        <source>&amp;Record override</source>
        <translation>記錄決定作實(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="407"/>
        <source>Key a paper score sheet</source>
        <translation>輸入紙本評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="408"/>
        <source>Each paper sheet is keyed twice, by two different clerks. Its marks count only when both entries agree.</source>
        <translation>每份紙本評分表須由兩名不同的文員分別輸入一次；兩次輸入相同，評分才會計算在內。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="419"/>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="470"/>
        <source>First clerk</source>
        <translation>第一名文員</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="421"/>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="471"/>
        <source>Second clerk</source>
        <translation>第二名文員</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="435"/>
        <source>&amp;Judge:</source>
        <translation>評判(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="436"/>
        <source>&amp;Finalist:</source>
        <translation>入圍部門(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="437"/>
        <source>Entry:</source>
        <translation>輸入：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="438"/>
        <source>Clerk&apos;s &amp;name:</source>
        <translation>文員姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="459"/>
        <source>&amp;Save entry</source>
        <translation>儲存輸入(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="460"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="470"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="470"/>
        <source>Finalist</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="471"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="484"/>
        <source>accepted</source>
        <translation>已接納</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="486"/>
        <source>entries differ: {criteria}</source>
        <translation>兩次輸入不同：{criteria}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="489"/>
        <source>waiting for the other clerk</source>
        <translation>待另一名文員輸入</translation>
    </message>
</context>
<context>
    <name>SignReportDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="366"/>
        <source>Sign the results report</source>
        <translation>簽署結果報告</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="367"/>
        <source>Every imported sheet is checked again, then the bilingual results report is built and signed with the chair&apos;s credential.</source>
        <translation>所有已匯入的評分表會再核對一次，然後製備中英對照的結果報告，並以主席的憑證簽署。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="374"/>
        <source>Chair&apos;s passphrase</source>
        <translation>主席密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="376"/>
        <source>Chair&apos;s &amp;passphrase:</source>
        <translation>主席密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="382"/>
        <source>&amp;Sign</source>
        <translation>簽署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="386"/>
        <source>Type the chair&apos;s passphrase.</source>
        <translation>請輸入主席密碼短語。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_dialogs.py" line="391"/>
        <source>Checking the sheets and signing the report…</source>
        <translation>正在核對評分表並簽署報告…</translation>
    </message>
</context>
</TS>
