<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PublicVotePage</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="89"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="90"/>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="91"/>
        <source>Entrant</source>
        <translation>參賽單位</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="92"/>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="93"/>
        <source>Share</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="95"/>
        <source>± 95% margin</source>
        <translation>± 95% 誤差</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="97"/>
        <source>95% interval</source>
        <translation>95% 區間</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="99"/>
        <source>Award</source>
        <translation>獎項</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="126"/>
        <source>Awarded</source>
        <translation>得獎</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="128"/>
        <source>Exact tie at the cut</source>
        <translation>於分界線票數相同</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="130"/>
        <source>Statistical tie at the cut</source>
        <translation>於分界線統計上難分高下</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="144"/>
        <source>No public vote has been imported yet. Import the polling firm&apos;s tallies (CSV: code,votes).</source>
        <translation>尚未匯入公眾投票。請匯入調查機構的點票結果（CSV：code,votes）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="151"/>
        <source>{award}: the top {k} by votes. Poll: {description} ({by}), {n} households interviewed, {total} votes ({none} households did not vote), imported {when}. Shares are of households interviewed; ± is the 95% margin of error (1.96 × √(p(1−p)/n)).</source>
        <translation>{award}：票數最高的 {k} 名。調查：{description}（{by}），受訪住戶 {n} 戶，共 {total} 票（{none} 戶沒有投票），於 {when} 匯入。比率以受訪住戶計算；± 為 95% 誤差範圍（1.96 × √(p(1−p)/n)）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="159"/>
        <source>No tallies for: {codes}.</source>
        <translation>以下參賽單位沒有票數：{codes}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="164"/>
        <source>Exact tie at the cut: {codes} have the same number of votes for the last {places} award place(s). The rules cannot settle this; the chair must decide.</source>
        <translation>於分界線票數相同：{codes} 爭奪最後 {places} 個得獎名額，票數完全相同。規則無法解決，須由主席決定。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="169"/>
        <source>Statistical tie at the cut: the 95% intervals of {codes} overlap, so the poll cannot tell them apart with confidence. The award still follows the votes; disclose the tie, and record the chair&apos;s decision.</source>
        <translation>於分界線統計上難分高下：{codes} 的 95% 區間重疊，調查未能可靠地分出高下。獎項仍按票數頒發；請披露此情況，並記錄主席的決定。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="175"/>
        <source>Chair&apos;s decision of {when}: {who} — {reason}</source>
        <translation>主席於 {when} 的決定：{who} — {reason}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="177"/>
        <source>the award follows the votes</source>
        <translation>獎項按票數頒發</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="185"/>
        <source>Import public-vote tallies</source>
        <translation>匯入公眾投票點票結果</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="186"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="207"/>
        <source>Imported the tallies of {count} entrants from {file}.</source>
        <translation>已從 {file} 匯入 {count} 個參賽單位的票數。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="225"/>
        <source>{codes} are tied in votes for the last {places} place(s) of the {award}. Choose who receives the award and give the reason.</source>
        <translation>{codes} 爭奪{award}最後 {places} 個名額，票數相同。請選擇得獎者並說明理由。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="232"/>
        <source>The 95% intervals of {codes} overlap at the cut of the {award}. The award follows the votes; record how the panel will treat and disclose this.</source>
        <translation>{codes} 的 95% 區間在{award}的分界線重疊。獎項按票數頒發；請記錄評選小組如何處理及披露此情況。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="236"/>
        <source>Tie at the cut of the public-vote award</source>
        <translation>公眾投票獎項分界線同分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="242"/>
        <source>&amp;Import tallies…</source>
        <translation>匯入點票結果(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="243"/>
        <source>Record the chair&apos;s &amp;decision…</source>
        <translation>記錄主席決定(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="244"/>
        <source>Public vote</source>
        <translation>公眾投票</translation>
    </message>
</context>
<context>
    <name>VoteImportDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="54"/>
        <source>as stated in the file</source>
        <translation>按檔案所載</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="58"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="59"/>
        <source>&amp;Households interviewed (sample size):</source>
        <translation>受訪住戶數目（樣本數）(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="63"/>
        <source>The file must list every entrant once (code,votes). The sample size may also be given in the file as a first line &quot;# sample_size: 4500&quot;; if both are given they must agree. The new tallies replace any earlier poll.</source>
        <translation>檔案須列出每個參賽單位一次（code,votes）。樣本數亦可在檔案首行以「# sample_size: 4500」註明；兩者都有時必須一致。新的點票結果會取代之前的調查。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/setup_votes.py" line="71"/>
        <source>Import public-vote tallies</source>
        <translation>匯入公眾投票點票結果</translation>
    </message>
</context>
</TS>
