<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>ResultsWorkspace</name>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="385"/>
        <source>&amp;Import sheets…</source>
        <extracomment>Rows measured when a column is sized to its contents. An import finished (the :class:`ImportReport`). Results were recomputed (the :class:`ResultsView`, or None when they cannot be). A decision was recorded (method, override, casting decision, chair&apos;s credential). A file was written (its path): the signed report or an export. Results are being computed off the GUI thread (see :meth:`refresh`).</extracomment>
        <translation>匯入評分表(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="386"/>
        <source>Import signed score sheets (PDF); you can also drop files or folders here</source>
        <translation>匯入已簽署的評分表（PDF）；亦可把檔案或資料夾拖放到這裏</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="388"/>
        <source>Import &amp;folder…</source>
        <translation>匯入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="389"/>
        <source>&amp;Paper entry…</source>
        <translation>輸入紙本評分(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="390"/>
        <source>C&amp;hair&apos;s credential…</source>
        <translation>主席簽署憑證(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="391"/>
        <source>Fix &amp;method…</source>
        <translation>訂定計算方法(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="392"/>
        <source>&amp;Override…</source>
        <translation>主席決定作實(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="393"/>
        <source>&amp;Casting decision…</source>
        <translation>主席決定票(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="394"/>
        <source>&amp;Signed results PDF…</source>
        <translation>已簽署結果 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="395"/>
        <source>Export &amp;XLSX…</source>
        <translation>匯出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="396"/>
        <source>Export CS&amp;V…</source>
        <translation>匯出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="397"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="398"/>
        <source>Computing the results…</source>
        <translation>正在計算結果…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="399"/>
        <source>Computing the results</source>
        <translation>正在計算結果</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="400"/>
        <source>&amp;Restore marks from the signed sheets</source>
        <translation>從已簽署評分表還原評分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="401"/>
        <source>Checks every stored signed sheet again and rewrites the marks from it</source>
        <translation>再次核對每份已儲存的已簽署評分表，並按評分表重寫評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="403"/>
        <source>Import log</source>
        <translation>匯入紀錄</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="403"/>
        <source>Completeness</source>
        <translation>評分狀況</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="404"/>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="485"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="404"/>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="405"/>
        <source>Method comparison</source>
        <translation>計算方法比較</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="405"/>
        <source>Agreement</source>
        <translation>一致程度</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="407"/>
        <source>Totals, with each judge&apos;s total</source>
        <translation>總分（附各評判的總分）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="408"/>
        <source>Mean mark per criterion</source>
        <translation>各甄選準則平均分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="409"/>
        <source>Awards</source>
        <translation>獎項</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="410"/>
        <source>No results yet.</source>
        <translation>尚未有結果。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="482"/>
        <source>Results — {award} {year}</source>
        <translation>評選結果 — {year} {award}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="491"/>
        <source>No competition in this database.</source>
        <translation>此資料庫沒有比賽。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="493"/>
        <source>{sheets} signed sheets imported. Fix the aggregation method to see the results: it is fixed before any result is shown.</source>
        <translation>已匯入 {sheets} 份已簽署評分表。請先訂定計算方法才可查看結果：方法須在顯示任何結果前訂定。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="497"/>
        <source>Provisional: {count} judge × finalist cells have no marks. Import the missing sheets or key the paper ones; or record an override with its reason.</source>
        <translation>暫定結果：有 {count} 個評判 × 入圍部門組合未有評分。請匯入欠交的評分表或輸入紙本評分；或記錄主席決定作實及理由。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="502"/>
        <source>Finalists are tied at the award cut: record the chair&apos;s casting decision.</source>
        <translation>入圍部門於得獎線上同分：請記錄主席決定票。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="508"/>
        <source>Final. Method: {method}. Every judge&apos;s marks are in.</source>
        <translation>最終結果。計算方法：{method}。所有評判的評分均已收齊。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="511"/>
        <source>Final by the chair&apos;s override. Method: {method}.</source>
        <translation>經主席決定作實的最終結果。計算方法：{method}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="523"/>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="524"/>
        <source>older revision, kept on record</source>
        <translation>較舊版本，只作紀錄</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="525"/>
        <source>already imported</source>
        <translation>早已匯入</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="526"/>
        <source>rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="567"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="567"/>
        <source>Outcome</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="567"/>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="804"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="568"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="568"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="584"/>
        <source>signed</source>
        <translation>已簽署</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="585"/>
        <source>paper</source>
        <translation>紙本</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="586"/>
        <source>MISSING</source>
        <translation>欠交</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="587"/>
        <source>recused</source>
        <translation>避席</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="609"/>
        <source>Chair&apos;s override: {reason}</source>
        <translation>主席決定作實：{reason}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="615"/>
        <source>tie broken: {step}</source>
        <translation>同分，以{step}為先</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="617"/>
        <source>chair&apos;s casting decision: {reason}</source>
        <translation>主席決定票：{reason}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="619"/>
        <source>tied</source>
        <translation>同分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="627"/>
        <source>higher mean {criterion}</source>
        <translation>{criterion}平均分較高者</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="631"/>
        <source>better under {method}</source>
        <translation>按{method}較佳者</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="642"/>
        <source>Results appear here once the method is fixed.</source>
        <translation>訂定計算方法後，結果會在此顯示。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="646"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="646"/>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="740"/>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="812"/>
        <source>Finalist</source>
        <translation>入圍部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="648"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="671"/>
        <source>† marks keyed from paper</source>
        <translation>† 由紙本輸入的評分</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="679"/>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="687"/>
        <source>&lt;b&gt;{award}&lt;/b&gt; ({count}): {winners}</source>
        <translation>&lt;b&gt;{award}&lt;/b&gt;（{count} 名）：{winners}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="683"/>
        <source>Tied at the cut, awaiting the chair&apos;s casting decision: {codes}</source>
        <translation>於得獎線上同分，待主席決定票：{codes}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="713"/>
        <source>Each finalist&apos;s mean mark per criterion, as a share of the criterion&apos;s scale.</source>
        <translation>各入圍部門每項甄選準則的平均分（以該準則分數範圍的百分比顯示）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="729"/>
        <source>Bars: result out of 100 (award winners dark); red ticks: each judge&apos;s total.</source>
        <translation>長條：以 100 分為滿分的成績（深色為得獎部門）；紅線：各評判的總分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="758"/>
        <source>⚠ The award winners would differ under: {methods}. The method fixed in advance ({fixed}) decides.</source>
        <translation>⚠ 若採用以下方法，得獎部門會有所不同：{methods}。結果以預先訂定的方法（{fixed}）為準。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="764"/>
        <source>Every method gives the same award winners.</source>
        <translation>各種計算方法的得獎部門相同。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="770"/>
        <source>Mean</source>
        <translation>平均數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="771"/>
        <source>Trimmed mean</source>
        <translation>截尾平均數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="772"/>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="773"/>
        <source>Mean z-score</source>
        <translation>z 分數平均</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="774"/>
        <source>Mean rank (Borda)</source>
        <translation>平均名次（博達法）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="788"/>
        <source>Kendall&apos;s W = {w} (0: no agreement, 1: identical rankings); chi-square = {chi}, df = {df}, p {p}. Judges with a recusal are left out of W: {excluded}.</source>
        <translation>肯德爾和諧係數 W = {w}（0：毫不一致；1：排名完全相同）；卡方 = {chi}，自由度 = {df}，p {p}。有避席的評判不計入 W：{excluded}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="804"/>
        <source>Pearson r</source>
        <translation>皮爾遜 r</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="805"/>
        <source>Spearman ρ</source>
        <translation>斯皮爾曼 ρ</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="793"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="794"/>
        <source>Each judge&apos;s r and ρ: correlation of that judge&apos;s totals with the mean of the other judges&apos; totals (low or negative: worth a conversation, not a reason to drop the judge).</source>
        <translation>各評判的 r 及 ρ：該評判總分與其他評判平均總分的相關係數（偏低或為負數值得討論，但不是剔除該評判的理由）。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="804"/>
        <source>Shared finalists</source>
        <translation>共同評分部門</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="812"/>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="812"/>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="812"/>
        <source>Spread</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="842"/>
        <source>Issue the chair&apos;s credential first.</source>
        <translation>請先簽發主席的簽署憑證。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="848"/>
        <source>Import signed score sheets</source>
        <translation>匯入已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="849"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="853"/>
        <source>Import every sheet in a folder</source>
        <translation>匯入資料夾內所有評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="876"/>
        <source>Checking the files…</source>
        <translation>正在檢查檔案…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="891"/>
        <source>Checking {done} of {total}: {file}</source>
        <translation>正在檢查第 {done} 份，共 {total} 份：{file}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="893"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="897"/>
        <source>Cancelling after the current file…</source>
        <translation>完成目前檔案後便會取消…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="905"/>
        <source>{imported} imported, {rejected} rejected, {same} already imported.</source>
        <translation>已匯入 {imported} 份，被拒 {rejected} 份，{same} 份早已匯入。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="912"/>
        <source>Import cancelled; the files not yet checked were left alone.</source>
        <translation>匯入已取消；尚未檢查的檔案不受影響。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="935"/>
        <source>Restored the marks of {count} signed sheets.</source>
        <translation>已從 {count} 份已簽署評分表還原評分。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="984"/>
        <source>then the chair&apos;s casting decision</source>
        <translation>最後以主席決定票定序</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="1038"/>
        <source>Save the signed results report</source>
        <translation>儲存已簽署的結果報告</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="1048"/>
        <source>Export the results (Excel)</source>
        <translation>匯出結果（Excel）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="1058"/>
        <source>Export the order of merit (CSV)</source>
        <translation>匯出名次表（CSV）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/results_workspace.py" line="1073"/>
        <source>Wrote {path}.</source>
        <translation>已寫入 {path}。</translation>
    </message>
</context>
</TS>
