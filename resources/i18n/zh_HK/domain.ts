<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
  <context>
    <name>domain</name>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="109" />
      <source>"{text}" is not a number; enter a score.</source>
      <translation>「{text}」不是數字，請輸入分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/judging.py" line="428" />
      <source>"{text}" is not a score; type a number such as 7 or 7.5.</source>
      <translation>「{text}」不是有效的分數，請輸入數字，例如 7 或 7.5。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="97" />
      <source>"{text}" is too long to be a score.</source>
      <translation>「{text}」太長，不可能是分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="102" />
      <source>"{text}" uses a comma; type the score with a decimal point, e.g. {suggestion}.</source>
      <translation>「{text}」使用了逗號；請以小數點輸入分數，例如 {suggestion}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/setup.py" line="137" />
      <source>--decide needs --reason: the chair's decision must give a reason.</source>
      <translation>--decide 須配合 --reason 使用：主席的決定必須說明理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="359" />
      <source>A casting decision must order at least two tied entrants.</source>
      <translation>主席決定票必須為最少兩個同分的參賽單位排列次序。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="362" />
      <source>A casting decision names the same entrant twice.</source>
      <translation>主席決定票重複列出同一參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="943" />
      <source>A comment can hold at most {limit} characters; this one has {length}.</source>
      <translation>評語最多可有 {limit} 個字元；此評語有 {length} 個字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_competition.py" line="129" />
      <source>A competition can have at most {limit} criteria.</source>
      <translation>每項比賽最多可設 {limit} 項甄選準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="95" />
      <source>A competition can have at most {limit} entrants.</source>
      <translation>每項比賽最多可有 {limit} 個參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="291" />
      <source>A criterion's weight must be greater than zero (got {weight}).</source>
      <translation>準則的比重必須大於零（現為 {weight}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="447" />
      <source>A decision on a tie at the cut was given, but there is no tie at the cut.</source>
      <translation>已就分界位置的同分情況作出裁決，但分界位置並無同分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="563" />
      <source>A different sheet with revision {revision} of {judge} is already on record; a judge's revisions must differ.</source>
      <translation>紀錄中已有 {judge} 另一份第 {revision} 版的評分表；同一評判的各個版本必須有不同的版本編號。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_schedule.py" line="145" />
      <source>A finalist appears twice in the order.</source>
      <translation>次序中有入圍部門重複出現。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="354" />
      <source>A mark claims to come from a signed sheet that is not in force; it was changed outside JudgePanel. Restore the marks from the signed sheets.</source>
      <translation>有評分聲稱來自一份並非現行的已簽署評分表；該評分曾在 JudgePanel 以外被更改。請從已簽署評分表還原評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="696" />
      <source>A method is listed twice in the comparison.</source>
      <translation>比較中重複列出同一計算方法。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="90" />
      <source>A panel can have at most {limit} judges.</source>
      <translation>評選小組最多可有 {limit} 位評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="303" />
      <source>A passphrase is required to protect the credential file.</source>
      <translation>必須設定密碼短語以保護憑證檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="175" />
      <source>A scale's minimum ({minimum}) must be below its maximum ({maximum}).</source>
      <translation>評分範圍的最低分（{minimum}）必須低於最高分（{maximum}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="181" />
      <source>A scale's step must be greater than zero (got {step}).</source>
      <translation>評分範圍的分數間距必須大於零（現為 {step}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="89" />
      <source>A shortlist weight cannot be negative.</source>
      <translation>初選比重不可為負數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="716" />
      <source>A stored signed sheet no longer verifies; import the judge's signed file again.</source>
      <translation>一份已儲存的已簽署評分表未能再通過核實；請重新匯入該評判的已簽署檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="338" />
      <source>A tie-break needs a name.</source>
      <translation>同分決勝準則必須有名稱。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="615" />
      <source>A trust root certificate could not be read.</source>
      <translation>無法讀取信任根證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="376" />
      <source>Already imported; nothing changed.</source>
      <translation>已經匯入；未有作出任何更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="294" />
      <source>An amendment needs a reason (at least a few words).</source>
      <translation>修訂必須說明理由（最少寫上數個字）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="559" />
      <source>Another file of the same sheet (revision {revision}) is already on record, with different contents.</source>
      <translation>紀錄中已有同一評分表（第 {revision} 版）的另一個檔案，而內容不同。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="91" />
      <source>At least one shortlist weight must be above zero.</source>
      <translation>最少須有一項初選比重大於零。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="317" />
      <source>Band {band} ({low}–{high}) goes outside the scale {minimum}–{maximum}.</source>
      <translation>第 {band} 個評分等級（{low}–{high}）超出評分範圍 {minimum}–{maximum}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="312" />
      <source>Band {band}: its lowest score ({low}) is above its highest ({high}).</source>
      <translation>第 {band} 個評分等級：最低分（{low}）高於最高分（{high}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="336" />
      <source>Band {first} ({first_low}–{first_high}) and band {second} ({second_low}–{second_high}) overlap; each score must belong to one band only.</source>
      <translation>第 {first} 個評分等級（{first_low}–{first_high}）與第 {second} 個評分等級（{second_low}–{second_high}）重疊；每個分數只可屬於一個評分等級。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="118" />
      <source>Both clerks keyed the same marks; the paper sheet is accepted.</source>
      <translation>兩名文員輸入的評分相同；紙本評分表已獲接納。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/common.py" line="42" />
      <source>Cannot read the passphrase file {path}: {reason}</source>
      <translation>無法讀取密碼短語檔案 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="64" />
      <source>Cannot read {path}: {reason}</source>
      <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="487" />
      <source>Cannot use the database server {url}: {detail}</source>
      <translation>無法使用資料庫伺服器 {url}：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="24" />
      <source>Cannot write {path}: {reason}</source>
      <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="694" />
      <source>Choose at least one method to compare.</source>
      <translation>請選擇最少一種計算方法作比較。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="98" />
      <source>Content was appended after the signature (an incremental update).</source>
      <translation>簽署後文件被加入了內容（增量更新）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/instance_lock.py" line="33" />
      <source>Could not lock {db} for this session ({path} cannot be written).</source>
      <translation>無法為本次工作階段鎖定 {db}（無法寫入 {path}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="37" />
      <source>District council</source>
      <translation>區議會</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="136" />
      <source>Enter a code for the entrant (for example IMMD).</source>
      <translation>請輸入參賽單位的代號（例如 IMMD）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="95" />
      <source>Enter a score.</source>
      <translation>請輸入分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="471" />
      <source>Entrant {code} already has votes on line {other}.</source>
      <translation>參賽單位 {code} 的票數已列於第 {other} 行。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="921" />
      <source>Entrant {id} is not a finalist of this judge's competition.</source>
      <translation>參賽單位 {id} 並非此評判所屬比賽的入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="814" />
      <source>Every judge's marks are in; there is nothing to override.</source>
      <translation>所有評判的分數均已齊備；無須作特准決定。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="99" />
      <source>Extra bytes were appended after the end of the signed file.</source>
      <translation>已簽署檔案的結尾之後被附加了額外的位元組。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="978" />
      <source>Finalists are tied at the award cut ({entrants}); record the chair's casting decision first.</source>
      <translation>入圍部門在獎項分界位置同分（{entrants}）；請先記錄主席決定票。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="584" />
      <source>Fix the aggregation method first: results are computed only under a method fixed in advance.</source>
      <translation>請先確定綜合計分方法：結果只會按預先確定的方法計算。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/settings.py" line="181" />
      <source>Give the database file's full path, for example {example}.</source>
      <translation>請提供資料庫檔案的完整路徑，例如 {example}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="372" />
      <source>Give the new database file's full path, for example {example}.</source>
      <translation>請提供新資料庫檔案的完整路徑，例如 {example}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="529" />
      <source>Give the reason (at least a few words); it is recorded with the decision.</source>
      <translation>請說明理由（最少寫上數個字）；理由會連同決定一併記錄。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="180" />
      <source>Judge {judge} has a total for {entrant}, which is not a finalist.</source>
      <translation>評判 {judge} 有 {entrant} 的總分，但該參賽單位並非入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="469" />
      <source>Judge {judge} has marks for {entrant}, from whom the judge is recused.</source>
      <translation>評判 {judge} 已迴避 {entrant}，卻有該參賽單位的分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="195" />
      <source>Judge {judge} has two marks for {entrant} on {criterion}.</source>
      <translation>評判 {judge} 就 {entrant} 的 {criterion} 有兩個評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/instance_lock.py" line="28" />
      <source>JudgePanel is already running on {db} (process {pid} on {host}). Switch to that window, or close it first.</source>
      <translation>JudgePanel 已在使用 {db}（{host} 上的程序 {pid}）。請切換至該視窗，或先將其關閉。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="91" />
      <source>JudgePanel keeps its data in an SQLite file or on a PostgreSQL server; “{scheme}” databases are not supported.</source>
      <translation>JudgePanel 把資料儲存於 SQLite 檔案或 PostgreSQL 伺服器；不支援「{scheme}」資料庫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_common.py" line="94" />
      <source>Judges have already recorded scores for this competition, so this can no longer change.</source>
      <translation>評判已為此比賽記錄分數，因此此項不能再更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="242" />
      <source>Kendall's W is undefined: every judge gave all finalists the same total.</source>
      <translation>無法計算 Kendall's W：每位評判給予所有入圍部門的總分均相同。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="219" />
      <source>Kendall's W needs at least two finalists (found {count}).</source>
      <translation>計算 Kendall's W 須最少有兩個入圍部門（現有 {count} 個）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="223" />
      <source>Kendall's W needs at least two judges who scored every finalist; {count} did ({excluded} excluded for a recusal or a missing score).</source>
      <translation>計算 Kendall's W 須最少有兩位評判為每個入圍部門評分；現有 {count} 位符合（另有 {excluded} 位因迴避或欠缺分數而不計算在內）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/settings.py" line="174" />
      <source>Leave the password out of the server address: settings are stored as plain text. Put it in the PostgreSQL password file (.pgpass) instead.</source>
      <translation>請勿在伺服器位址中寫入密碼：設定以純文字儲存。請改為把密碼放在 PostgreSQL 密碼檔（.pgpass）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="30" />
      <source>Legislative Council</source>
      <translation>立法會</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="124" />
      <source>Mean of judges' totals</source>
      <translation>評判總分的平均數</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="127" />
      <source>Mean of standardised (z) scores</source>
      <translation>標準分數（z）的平均數</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="128" />
      <source>Mean rank (Borda; lower is better)</source>
      <translation>平均名次（博達法；數值越低越好）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="126" />
      <source>Median of judges' totals</source>
      <translation>評判總分的中位數</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/reports/fonts.py" line="122" />
      <source>No Chinese font found: install fonts-wqy-microhei.</source>
      <translation>找不到中文字型：請安裝 fonts-wqy-microhei。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="146" />
      <source>No criteria are defined.</source>
      <translation>尚未訂定甄選準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="354" />
      <source>No entrant has any public votes, so vote shares cannot be taken relative to the highest share.</source>
      <translation>沒有參賽單位獲得任何公眾投票，因此無法以最高得票比率為基準計算得票比率。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_shortlist.py" line="274" />
      <source>No finalists are confirmed, so there is nothing to reset.</source>
      <translation>尚未確定任何入圍部門，因此無須重設。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="171" />
      <source>No judge has scored any finalist yet.</source>
      <translation>尚未有評判為任何入圍部門評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="187" />
      <source>No judge has scored {entrants}, so the finalists cannot be ranked.</source>
      <translation>沒有評判為 {entrants} 評分，因此無法為入圍部門排名。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/common.py" line="46" />
      <source>No passphrase given: use a passphrase file option.</source>
      <translation>未提供密碼短語：請使用指定密碼短語檔案的選項。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_votes.py" line="207" />
      <source>No public vote has been imported yet.</source>
      <translation>尚未匯入任何公眾投票結果。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="690" />
      <source>No public vote has been imported.</source>
      <translation>未有匯入公眾投票結果。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="131" />
      <source>No vote tallies were given.</source>
      <translation>未提供任何票數統計。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="298" />
      <source>Only a signed score sheet can be amended; this one is not signed yet, so it can still be changed directly.</source>
      <translation>只有已簽署的評分表才可修訂；此評分表尚未簽署，因此仍可直接更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="38" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="31" />
      <source>Private sector</source>
      <translation>私營機構</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="32" />
      <source>Professional body</source>
      <translation>專業團體</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="973" />
      <source>Results are not final: {count} judge × finalist cells have no marks. Import the missing sheets, or record the chair's override with its reason.</source>
      <translation>結果尚未確定：有 {count} 個「評判 × 入圍部門」欄位沒有分數。請匯入欠缺的評分表，或記錄主席的特准決定及其理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="590" />
      <source>Revision {revision} is older than revision {current}, which stays in force; kept on record only.</source>
      <translation>第 {revision} 版比仍然生效的第 {current} 版舊；只會存檔備查。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="126" />
      <source>Saved. The sheet counts once the other clerk keys it too.</source>
      <translation>已儲存。待另一名文員亦輸入後，此評分表才會計算在內。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="323" />
      <source>Scores were given for criteria that are not in this competition: {unknown}.</source>
      <translation>以下準則不屬於此比賽，但有評分：{unknown}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="189" />
      <source>Scoring needs a judge's SQLite database; {path} is not one.</source>
      <translation>評分須使用評判的 SQLite 資料庫；{path} 並非此類資料庫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/ui/worker.py" line="39" />
      <source>Something went wrong inside JudgePanel: {detail}</source>
      <translation>JudgePanel 內部出現錯誤：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="34" />
      <source>Staff side, central consultative councils</source>
      <translation>中央評議會職方</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="733" />
      <source>Superseded by a later signed revision; kept on record, not used.</source>
      <translation>已被較新的已簽署版本取代；只存檔備查，不會採用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="267" />
      <source>The Chinese description</source>
      <translation>中文說明</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="63" />
      <source>The Chinese name {name} is already used by entrant {code}.</source>
      <translation>中文名稱 {name} 已由參賽單位 {code} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="371" />
      <source>The Chinese name {value} is already used by entrant {entrant}.</source>
      <translation>中文名稱 {value} 已由參賽單位 {entrant} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="338" />
      <source>The Chinese name {value} is already used on line {other}.</source>
      <translation>中文名稱 {value} 已在第 {other} 行使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="265" />
      <source>The English description</source>
      <translation>英文說明</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="58" />
      <source>The English name {name} is already used by entrant {code}.</source>
      <translation>英文名稱 {name} 已由參賽單位 {code} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="366" />
      <source>The English name {value} is already used by entrant {entrant}.</source>
      <translation>英文名稱 {value} 已由參賽單位 {entrant} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="336" />
      <source>The English name {value} is already used on line {other}.</source>
      <translation>英文名稱 {value} 已在第 {other} 行使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="531" />
      <source>The PDF already carries a signature; JudgePanel signs it only once.</source>
      <translation>此 PDF 已有簽署；JudgePanel 只會簽署一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="391" />
      <source>The PDF already has an attachment named {name}.</source>
      <translation>此 PDF 已有名為 {name} 的附件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="566" />
      <source>The PDF could not be signed because it is damaged or unusual.</source>
      <translation>此 PDF 已損壞或結構特殊，因此無法簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="336" />
      <source>The PDF has more than one attachment named {name}.</source>
      <translation>此 PDF 有多於一個名為 {name} 的附件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="334" />
      <source>The PDF has no attachment named {name}.</source>
      <translation>此 PDF 沒有名為 {name} 的附件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="440" />
      <source>The PDF is already signed; attachments must be added before signing.</source>
      <translation>此 PDF 已經簽署；附件必須在簽署前加入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="228" />
      <source>The PDF is encrypted; JudgePanel accepts only unencrypted PDFs.</source>
      <translation>此 PDF 已加密；JudgePanel 只接受未加密的 PDF。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="272" />
      <source>The PDF's attachment list is malformed.</source>
      <translation>此 PDF 的附件清單格式有誤。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="229" />
      <source>The PostgreSQL driver is not installed: install JudgePanel with its “postgres” extra (pip install "judgepanel[postgres]").</source>
      <translation>尚未安裝 PostgreSQL 驅動程式：請連同「postgres」附加元件安裝 JudgePanel（pip install "judgepanel[postgres]"）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="647" />
      <source>The Q&amp;A time (minutes)</source>
      <translation>答問時間（分鐘）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="340" />
      <source>The attachment {name} has no content.</source>
      <translation>附件 {name} 沒有內容。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="351" />
      <source>The attachment {name} is damaged (its checksum does not match).</source>
      <translation>附件 {name} 已損壞（核對和不符）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="356" />
      <source>The attachment {name} is damaged (its size does not match).</source>
      <translation>附件 {name} 已損壞（檔案大小不符）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="346" />
      <source>The attachment {name} is too large.</source>
      <translation>附件 {name} 太大。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/audit.py" line="63" />
      <source>The audit log is broken at entry {id} ({action}): it was changed after it was written.</source>
      <translation>審計紀錄在第 {id} 項（{action}）斷裂：該項在寫入後曾被更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="203" />
      <source>The award's Chinese name</source>
      <translation>獎項中文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="202" />
      <source>The award's English name</source>
      <translation>獎項英文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="324" />
      <source>The band's Chinese descriptor</source>
      <translation>評分等級的中文描述</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="322" />
      <source>The band's English descriptor</source>
      <translation>評分等級的英文描述</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="119" />
      <source>The certificate expired on {date}.</source>
      <translation>此證書已於 {date} 過期。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="186" />
      <source>The certificate file is empty.</source>
      <translation>證書檔案是空的。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="306" />
      <source>The certificate is not a certificate authority's certificate.</source>
      <translation>此證書並非核證機關的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="130" />
      <source>The certificate is not allowed to sign documents.</source>
      <translation>此證書不獲准用於簽署文件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="116" />
      <source>The certificate is not valid until {date}.</source>
      <translation>此證書要到 {date} 才生效。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="355" />
      <source>The certificate must be valid for at least one day.</source>
      <translation>證書的有效期最少須為一天。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="327" />
      <source>The chair's casting decision must be the last tie-break.</source>
      <translation>主席決定票必須是最後一項同分決勝準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="356" />
      <source>The chair's casting decision must give a reason.</source>
      <translation>主席決定票必須說明理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="457" />
      <source>The chair's decision admits {admitted} of the tied entrants, but {places} places are open.</source>
      <translation>主席的決定讓 {admitted} 個同分的參賽單位入選，但尚餘名額為 {places} 個。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="452" />
      <source>The chair's decision admits {entrants}, who are not tied at the cut.</source>
      <translation>主席的決定讓 {entrants} 入選，但該等參賽單位在分界位置並非同分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="379" />
      <source>The chair's decision names the same entrant twice.</source>
      <translation>主席的決定重複列出同一參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="377" />
      <source>The chair's decision on a tie must give a reason.</source>
      <translation>主席就同分情況作出的決定必須說明理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="48" />
      <source>The chair's name contains characters that are not allowed.</source>
      <translation>主席姓名含有不允許使用的字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="45" />
      <source>The chair's name is too long for a certificate (at most {limit} characters).</source>
      <translation>主席姓名太長，無法放入證書（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="43" />
      <source>The chair's name must not be empty.</source>
      <translation>主席姓名不可留空。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="183" />
      <source>The chair's stored credential does not match its certificate.</source>
      <translation>已儲存的主席憑證與其證書不相配。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="667" />
      <source>The changeover time (minutes)</source>
      <translation>換場時間（分鐘）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="74" />
      <source>The clerk is the first (1) or the second (2).</source>
      <translation>文員須為第一名（1）或第二名（2）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="56" />
      <source>The clerk's name is too long or has control characters.</source>
      <translation>文員姓名太長或含有控制字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="53" />
      <source>The code {code} is already used by {entrant}.</source>
      <translation>代號 {code} 已由 {entrant} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="139" />
      <source>The code {code} is too long (at most {limit} characters).</source>
      <translation>代號 {code} 太長（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="144" />
      <source>The code {code} may only contain letters, digits and &amp; . _ - (starting with a letter or digit).</source>
      <translation>代號 {code} 只可包含英文字母、數字及 &amp; . _ -（並須以英文字母或數字開頭）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="361" />
      <source>The code {value} is already used by {entrant}.</source>
      <translation>代號 {value} 已由 {entrant} 使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="334" />
      <source>The code {value} is already used on line {other}.</source>
      <translation>代號 {value} 已在第 {other} 行使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="198" />
      <source>The competition's Chinese name</source>
      <translation>比賽中文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="197" />
      <source>The competition's English name</source>
      <translation>比賽英文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="435" />
      <source>The connection to the database server {path} was lost ({detail}). The last change was not saved; check the network and try again.</source>
      <translation>與資料庫伺服器 {path} 的連線已中斷（{detail}）。最後一項更改未有儲存；請檢查網絡後再試。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="262" />
      <source>The criterion's Chinese name</source>
      <translation>準則中文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="261" />
      <source>The criterion's English name</source>
      <translation>準則英文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="312" />
      <source>The database at {url} has schema {found}, newer than this JudgePanel knows ({known}). Update JudgePanel to use it.</source>
      <translation>位於 {url} 的資料庫結構版本為 {found}，比本 JudgePanel 所知的版本（{known}）新。請更新 JudgePanel 後再使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="307" />
      <source>The database at {url} has tables but is not a JudgePanel database.</source>
      <translation>位於 {url} 的資料庫已有資料表，但並非 JudgePanel 資料庫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/setup.py" line="73" />
      <source>The database {path} has no competition yet.</source>
      <translation>資料庫 {path} 內尚未有比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/common.py" line="59" />
      <source>The database {path} holds no competition.</source>
      <translation>資料庫 {path} 內沒有比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="428" />
      <source>The database {path} is busy: another program kept it locked for more than {seconds} seconds. Nothing was lost; try again.</source>
      <translation>資料庫 {path} 正忙：另一程式已鎖定超過 {seconds} 秒。資料沒有遺失，請再試一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="563" />
      <source>The document could not be signed: {detail}</source>
      <translation>無法簽署文件：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="91" />
      <source>The document was changed after it was signed.</source>
      <translation>文件在簽署後曾被更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/reports/score_sheet.py" line="348" />
      <source>The drawn signature image is too large.</source>
      <translation>手寫簽署圖像太大。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/reports/score_sheet.py" line="341" />
      <source>The drawn signature is not a PNG image of a usable size.</source>
      <translation>手寫簽署並非尺寸合用的 PNG 圖像。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/reports/score_sheet.py" line="351" />
      <source>The drawn signature is not a readable PNG image.</source>
      <translation>手寫簽署並非可讀取的 PNG 圖像。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="466" />
      <source>The entrant code is empty.</source>
      <translation>參賽單位代號空白。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="361" />
      <source>The entrant's Chinese name</source>
      <translation>參賽單位中文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="360" />
      <source>The entrant's English name</source>
      <translation>參賽單位英文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="417" />
      <source>The file</source>
      <translation>檔案</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="363" />
      <source>The file cannot be read: {reason}</source>
      <translation>無法讀取檔案：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="742" />
      <source>The file carries no JudgePanel results record.</source>
      <translation>檔案沒有載有 JudgePanel 結果紀錄。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="195" />
      <source>The file contains {count} certificates; choose a file that contains only the judge's own certificate.</source>
      <translation>檔案載有 {count} 張證書；請選擇只載有該評判本人證書的檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="359" />
      <source>The file does not exist.</source>
      <translation>檔案不存在。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="531" />
      <source>The file gives a sample size of {in_file} households but {given} was entered; correct one of them.</source>
      <translation>檔案所載的樣本數目為 {in_file} 戶，但輸入的是 {given} 戶；請更正其中一項。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="309" />
      <source>The file has a header but no entrants.</source>
      <translation>檔案有標題行，但沒有參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="479" />
      <source>The file has a header but no tallies.</source>
      <translation>檔案有標題行，但沒有票數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="90" />
      <source>The file has a kind of signature JudgePanel cannot check.</source>
      <translation>檔案的簽署屬 JudgePanel 無法核實的類型。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="86" />
      <source>The file has more than one signature; JudgePanel accepts exactly one.</source>
      <translation>檔案有多於一個簽署；JudgePanel 只接受恰好一個簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="184" />
      <source>The file has more than {limit} rows.</source>
      <translation>檔案超過 {limit} 行。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="85" />
      <source>The file has no signature.</source>
      <translation>檔案沒有簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="224" />
      <source>The file is damaged or is not a PDF document JudgePanel can read.</source>
      <translation>檔案已損壞，或並非 JudgePanel 可讀取的 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="194" />
      <source>The file is empty.</source>
      <translation>檔案是空的。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="189" />
      <source>The file is empty: it has no header line.</source>
      <translation>檔案是空的：沒有標題行。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="120" />
      <source>The file is in UTF-16; save it as "CSV UTF-8" and try again.</source>
      <translation>檔案採用 UTF-16 編碼；請另存為「CSV UTF-8」格式後再試。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="202" />
      <source>The file is not a PDF document.</source>
      <translation>檔案並非 PDF 文件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="193" />
      <source>The file is not a certificate (PEM or DER).</source>
      <translation>檔案並非證書（PEM 或 DER 格式）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="196" />
      <source>The file is too large ({size} MiB); JudgePanel accepts PDF files up to {limit} MiB.</source>
      <translation>檔案太大（{size} MiB）；JudgePanel 只接受不超過 {limit} MiB 的 PDF 檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="740" />
      <source>The file is too large ({size} MiB); score sheets are accepted up to {limit} MiB.</source>
      <translation>檔案太大（{size} MiB）；評分表檔案不可超過 {limit} MiB。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="115" />
      <source>The file is too large ({size} bytes; at most {limit}).</source>
      <translation>檔案太大（{size} 位元組；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="188" />
      <source>The file is too large to be a certificate.</source>
      <translation>檔案太大，不可能是證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="501" />
      <source>The file was changed after it was signed.</source>
      <translation>檔案在簽署後曾被更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="483" />
      <source>The file was not signed by the panel's certificate authority.</source>
      <translation>檔案並非由評選小組核證機關簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="169" />
      <source>The file was signed by {signer}, not by the judge it names ({expected}).</source>
      <translation>檔案由 {signer} 簽署，而非檔案所列的評判（{expected}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="178" />
      <source>The file was signed by {signer}, whose certificate is not the one registered for this judge.</source>
      <translation>檔案由 {signer} 簽署，但其證書並非為此評判登記的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_common.py" line="75" />
      <source>The finalists are already confirmed, so the shortlist's inputs are fixed. Reset the shortlist (with a reason) first if this must change.</source>
      <translation>入圍部門已經確定，入圍名單的輸入資料不能再更改。如必須更改，請先重設入圍名單（須說明理由）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_shortlist.py" line="238" />
      <source>The finalists are already confirmed.</source>
      <translation>入圍部門已經確定。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="202" />
      <source>The first kit on this laptop must be checked against the panel's certificate or fingerprint (from the chair).</source>
      <translation>在這部手提電腦匯入的第一份資料套件，必須以評選小組的證書或指紋（由主席提供）核實。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="377" />
      <source>The folder {path} does not exist.</source>
      <translation>資料夾 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="211" />
      <source>The header must name the columns {expected} (found: {found}).</source>
      <translation>標題行必須列出欄位 {expected}（現為：{found}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="203" />
      <source>The header names the column {name} twice.</source>
      <translation>標題行重複列出欄位 {name}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="400" />
      <source>The intraclass correlation is undefined for these totals (the finalists' means do not differ enough).</source>
      <translation>無法就這些總分計算組內相關係數（各入圍部門的平均數差異不足）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="374" />
      <source>The intraclass correlation needs at least two finalists and two judges who scored every finalist ({finalists} finalists, {judges} such judges).</source>
      <translation>計算組內相關係數須最少有兩個入圍部門，以及兩位為每個入圍部門評分的評判（現有入圍部門 {finalists} 個，符合條件的評判 {judges} 位）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="486" />
      <source>The judge kit defines no criteria.</source>
      <translation>評判資料套件沒有訂定甄選準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="513" />
      <source>The judge kit is damaged: a finalist appears twice.</source>
      <translation>評判資料套件已損壞：有入圍部門重複出現。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="481" />
      <source>The judge kit is damaged: criteria[{i}] has an impossible weight or scale.</source>
      <translation>評判資料套件已損壞：criteria[{i}] 的比重或評分範圍不合理。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="496" />
      <source>The judge kit is damaged: finalists[{i}].category is {value!r}.</source>
      <translation>評判資料套件已損壞：finalists[{i}].category 為 {value!r}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="549" />
      <source>The judge kit is damaged: judge.affiliation is {value!r}.</source>
      <translation>評判資料套件已損壞：judge.affiliation 為 {value!r}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="529" />
      <source>The judge kit is damaged: schedule[{i}] names an entrant that is not a finalist.</source>
      <translation>評判資料套件已損壞：schedule[{i}] 列出的參賽單位並非入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="266" />
      <source>The judge kit is damaged: {path} has unknown fields {keys}.</source>
      <translation>評判資料套件已損壞：{path} 含有不明欄位 {keys}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="308" />
      <source>The judge kit is damaged: {path} is not a number ({raw!r}).</source>
      <translation>評判資料套件已損壞：{path} 不是數字（{raw!r}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="322" />
      <source>The judge kit is damaged: {path} is not a time with a zone ({raw!r}).</source>
      <translation>評判資料套件已損壞：{path} 不是附有時區的時間（{raw!r}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="347" />
      <source>The judge kit is damaged: {path} is not base64.</source>
      <translation>評判資料套件已損壞：{path} 並非 base64 編碼。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="259" />
      <source>The judge kit is damaged: {path} lacks {keys}.</source>
      <translation>評判資料套件已損壞：{path} 欠缺 {keys}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="332" />
      <source>The judge kit is damaged: {path} must be a list of at most {limit} items.</source>
      <translation>評判資料套件已損壞：{path} 必須是不超過 {limit} 項的清單。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="293" />
      <source>The judge kit is damaged: {path} must be a whole number from {low} to {high}.</source>
      <translation>評判資料套件已損壞：{path} 必須是 {low} 至 {high} 之間的整數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="254" />
      <source>The judge kit is damaged: {path} must be an object.</source>
      <translation>評判資料套件已損壞：{path} 必須是物件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="280" />
      <source>The judge kit is damaged: {path} must be text of at most {limit} characters.</source>
      <translation>評判資料套件已損壞：{path} 必須是不超過 {limit} 個字元的文字。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="361" />
      <source>The judge kit is not signed by the panel.</source>
      <translation>評判資料套件並非由評選小組簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="573" />
      <source>The judge's Chinese name</source>
      <translation>評判中文姓名</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="572" />
      <source>The judge's English name</source>
      <translation>評判英文姓名</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="579" />
      <source>The judge's contact details</source>
      <translation>評判聯絡資料</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="578" />
      <source>The judge's organisation</source>
      <translation>評判所屬機構</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="576" />
      <source>The judge's title</source>
      <translation>評判職銜</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="198" />
      <source>The kit is signed by a panel whose fingerprint is not the one you were given; it was not imported.</source>
      <translation>簽署此資料套件的評選小組，其指紋與你獲提供的指紋不符；資料套件未有匯入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="206" />
      <source>The kit names a different panel authority from the one that signed it; it was not imported.</source>
      <translation>資料套件所列的評選小組核證機關與簽署套件的核證機關不同；資料套件未有匯入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="172" />
      <source>The line cannot be read as CSV ({detail}); check its quotes.</source>
      <translation>此行無法以 CSV 格式讀取（{detail}）；請檢查引號。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="136" />
      <source>The line contains a NUL character.</source>
      <translation>此行含有 NUL 字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="131" />
      <source>The line is not valid UTF-8 text (byte {byte} of the line); save the file as "CSV UTF-8".</source>
      <translation>此行並非有效的 UTF-8 文字（該行第 {byte} 個位元組）；請把檔案另存為「CSV UTF-8」格式。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="180" />
      <source>The mark {value} for {criterion} is not on its scale's steps.</source>
      <translation>{criterion} 的評分 {value} 不符合該分數範圍的級距。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="171" />
      <source>The mark {value} for {criterion} is outside its scale.</source>
      <translation>{criterion} 的分數 {value} 超出其評分範圍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="364" />
      <source>The marks of {judge} in this database no longer match the signed sheet they were imported from (revision {revision}): they were changed outside JudgePanel. No results were computed. Restore the marks from the signed sheets, or import the sheet again.</source>
      <translation>此資料庫內 {judge} 的分數與其匯入來源的已簽署評分表（第 {revision} 版）不再相符：分數曾在 JudgePanel 以外被更改。未有計算任何結果。請從已簽署的評分表還原分數，或重新匯入該評分表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="94" />
      <source>The maximum submission and site-visit scores must be above zero.</source>
      <translation>自薦書及實地探訪的滿分必須大於零。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="788" />
      <source>The method was already fixed ({method}); it cannot change once results may have been seen.</source>
      <translation>計算方法已經確定（{method}）；結果一經可能被查閱，方法便不能再更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="213" />
      <source>The number of awards</source>
      <translation>獎項數目</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="689" />
      <source>The number of awards must be at least 1 (got {count}).</source>
      <translation>獎項數目最少須為 1（現為 {count}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="214" />
      <source>The number of finalists</source>
      <translation>入圍部門數目</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="298" />
      <source>The number of finalists must be at least 1 (got {count}).</source>
      <translation>入圍部門數目最少須為 1（現為 {count}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="425" />
      <source>The number of places must be zero or more (got {count}).</source>
      <translation>名額數目不可少於零（現為 {count}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="216" />
      <source>The number of public-vote awards</source>
      <translation>公眾投票獎項數目</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="127" />
      <source>The number of public-vote awards must be zero or more (got {count}).</source>
      <translation>公眾投票獎項數目不可少於零（現為 {count}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="86" />
      <source>The panel authority expired on {date}; create a new one.</source>
      <translation>評選小組核證機關已於 {date} 失效；請建立新的核證機關。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="304" />
      <source>The panel authority's certificate is damaged.</source>
      <translation>評選小組核證機關的證書已損壞。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="82" />
      <source>The panel authority's key does not belong to its certificate.</source>
      <translation>評選小組核證機關的密鑰與其證書不相配。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="314" />
      <source>The panel authority's key file is damaged or not in the expected format.</source>
      <translation>評選小組核證機關的密鑰檔案已損壞或格式不符。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="79" />
      <source>The panel authority's key is of a kind JudgePanel cannot use.</source>
      <translation>評選小組核證機關的密鑰屬 JudgePanel 無法使用的類型。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="71" />
      <source>The panel authority's key is stored without encryption; JudgePanel refuses to use it.</source>
      <translation>評選小組核證機關的密鑰未經加密儲存；JudgePanel 拒絕使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="438" />
      <source>The panel's trust root certificate could not be read.</source>
      <translation>無法讀取評選小組的信任根證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="440" />
      <source>The panel's trust root must be exactly one certificate.</source>
      <translation>評選小組的信任根必須是單一張證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="379" />
      <source>The paper marks of {judge} no longer match what both clerks keyed; they were changed outside JudgePanel. Key the paper sheet again.</source>
      <translation>{judge} 的紙本分數與兩名文書人員輸入的內容不再相符；分數曾在 JudgePanel 以外被更改。請重新輸入該紙本評分表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="77" />
      <source>The passphrase for the panel authority's key is wrong.</source>
      <translation>評選小組核證機關密鑰的密碼短語不正確。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="265" />
      <source>The passphrase for {source} is wrong.</source>
      <translation>{source}的密碼短語不正確。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="79" />
      <source>The passphrase must not be empty.</source>
      <translation>密碼短語不可留空。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="433" />
      <source>The poll detail {detail} is given twice.</source>
      <translation>調查資料項 {detail} 重複出現。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="537" />
      <source>The poll's sample size (households interviewed) is not given: add a line "# sample_size: 4500" at the top or enter it.</source>
      <translation>未提供調查的樣本數目（受訪住戶數目）：請在檔案開首加入一行「# sample_size: 4500」，或直接輸入樣本數目。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="646" />
      <source>The presentation time (minutes)</source>
      <translation>介紹時間（分鐘）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="280" />
      <source>The private key in {source} does not belong to its certificate.</source>
      <translation>{source} 內的私人密鑰與其證書不相配。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="207" />
      <source>The public award's Chinese name</source>
      <translation>公眾獎項中文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="206" />
      <source>The public award's English name</source>
      <translation>公眾獎項英文名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="342" />
      <source>The public-vote share of {entrant} ({value}) is outside 0–{maximum}.</source>
      <translation>{entrant} 的公眾投票得票比率（{value}）超出 0–{maximum} 的範圍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_shortlist.py" line="197" />
      <source>The reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="163" />
      <source>The reason for the conflict of interest</source>
      <translation>利益衝突的原因</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="532" />
      <source>The reason is too long (at most {limit} characters).</source>
      <translation>理由太長（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="746" />
      <source>The results were written by a newer JudgePanel (data version {found}); update JudgePanel to check them.</source>
      <translation>結果由較新版本的 JudgePanel 寫入（資料版本 {found}）；請更新 JudgePanel 後再核對。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="241" />
      <source>The row has {found} columns; {expected} are expected.</source>
      <translation>此行有 {found} 欄，但應有 {expected} 欄。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="122" />
      <source>The sample size must be a positive number of households (got {sample_size}).</source>
      <translation>樣本住戶數目必須為正數（現為 {sample_size}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="524" />
      <source>The sample size {value} is not a positive whole number of households.</source>
      <translation>樣本數目 {value} 不是正整數的住戶數目。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="186" />
      <source>The scale {minimum}–{maximum} cannot be divided into steps of {step}; the range must be a whole number of steps.</source>
      <translation>評分範圍 {minimum}–{maximum} 不能以 {step} 為間距劃分；範圍必須是間距的整數倍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="284" />
      <source>The scale {minimum}–{maximum} in steps of {step} has {count} possible scores; at most 1001 are allowed.</source>
      <translation>評分範圍 {minimum}–{maximum} 以 {step} 為間距時共有 {count} 個可能分數；上限為 1001 個。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_schedule.py" line="177" />
      <source>The schedule is empty: give the finalists their presentation times first.</source>
      <translation>時間表是空的：請先為入圍部門編排介紹時間。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="418" />
      <source>The score sheet cannot be signed yet; scores are missing for: {missing}.</source>
      <translation>評分表暫時未能簽署；以下項目欠缺分數：{missing}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="331" />
      <source>The score sheet is incomplete; there is no score for: {missing}.</source>
      <translation>評分表尚未填妥；以下項目沒有分數：{missing}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="388" />
      <source>The score sheet's signature could not be verified.</source>
      <translation>無法核實評分表的簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="473" />
      <source>The sheet is for another competition ({name}).</source>
      <translation>此評分表屬於另一項比賽（{name}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="499" />
      <source>The sheet is incomplete: {entrant} has no mark for some criteria.</source>
      <translation>評分表尚未填妥：{entrant} 有部分準則沒有分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="482" />
      <source>The sheet is signed with a certificate that is not the one registered for {judge}.</source>
      <translation>評分表所用的簽署證書並非為 {judge} 登記的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="147" />
      <source>The sheet is signed with a credential the panel replaced on {date}; ask the judge to import the new kit and sign again.</source>
      <translation>評分表所用的簽署憑證已由評選小組於 {date} 更換；請評判匯入新的評判資料套件後重新簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="532" />
      <source>The sheet is signed with a panel credential that is not {judge}'s current one; ask the judge to import the new kit and sign again.</source>
      <translation>評分表所用的評選小組簽署憑證並非 {judge} 現行的憑證；請評判匯入新的評判資料套件後重新簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="477" />
      <source>The sheet names {judge}, who is not on this competition's roster of judges.</source>
      <translation>評分表所列的 {judge} 並非此比賽的評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="496" />
      <source>The sheet scores {entrant}, which is not a finalist of this competition.</source>
      <translation>評分表為 {entrant} 評分，但該參賽單位並非此比賽的入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="490" />
      <source>The sheet's criteria (weights or scales) differ from this competition's: {criteria}. It was made from an outdated kit.</source>
      <translation>評分表的準則（比重或評分範圍）與此比賽的不同：{criteria}。此評分表是以過時的資料套件製作的。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="157" />
      <source>The shortlist formula has unknown settings: {names}.</source>
      <translation>初選計分公式含有不明設定：{names}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="165" />
      <source>The shortlist formula is missing: {names}.</source>
      <translation>初選計分公式欠缺以下設定：{names}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="186" />
      <source>The shortlist setting {name} is not an exact number: {value}.</source>
      <translation>初選設定 {name} 不是準確數值：{value}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="171" />
      <source>The shortlist setting {name} must be text, not {value}.</source>
      <translation>初選設定 {name} 必須是文字，而非 {value}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="93" />
      <source>The signature does not chain to the panel's trust root.</source>
      <translation>簽署無法追溯至評選小組的信任根。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="100" />
      <source>The signature does not cover the whole file.</source>
      <translation>簽署並未涵蓋整個檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="101" />
      <source>The signature does not say when it was made.</source>
      <translation>簽署沒有註明簽署時間。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="89" />
      <source>The signature is damaged and cannot be read.</source>
      <translation>簽署已損壞，無法讀取。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="461" />
      <source>The signature is damaged or is not a JudgePanel signature.</source>
      <translation>簽署已損壞，或並非 JudgePanel 簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="92" />
      <source>The signature is invalid: it was not made with the signer's key.</source>
      <translation>簽署無效：簽署並非以簽署人的密鑰作出。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="459" />
      <source>The signature is missing.</source>
      <translation>欠缺簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="469" />
      <source>The signature is not a detached signature.</source>
      <translation>簽署並非分離式簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="472" />
      <source>The signature must have exactly one signer.</source>
      <translation>簽署必須只有一名簽署人。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="486" />
      <source>The signature uses a digest algorithm that JudgePanel does not accept.</source>
      <translation>簽署使用了 JudgePanel 不接受的摘要演算法。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="96" />
      <source>The signature uses an algorithm that is no longer accepted.</source>
      <translation>簽署使用了已不再接受的演算法。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="499" />
      <source>The signature was not made by the panel's certificate authority.</source>
      <translation>簽署並非由評選小組核證機關作出。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="145" />
      <source>The signer is not the judge named in the score sheet.</source>
      <translation>簽署人並非評分表所列的評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="97" />
      <source>The signer's certificate could not be validated.</source>
      <translation>無法驗證簽署人的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="95" />
      <source>The signer's certificate is not allowed to sign documents.</source>
      <translation>簽署人的證書不獲准用於簽署文件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="167" />
      <source>The signer's certificate was not issued by the panel.</source>
      <translation>簽署人的證書並非由評選小組簽發。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="94" />
      <source>The signer's certificate was not valid at the claimed signing time.</source>
      <translation>在所聲稱的簽署時間，簽署人的證書並非有效。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="475" />
      <source>The signing certificate expired on {date}.</source>
      <translation>簽署證書已於 {date} 失效。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/pdf.py" line="470" />
      <source>The signing certificate is not valid until {date}.</source>
      <translation>簽署證書要到 {date} 才生效。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="335" />
      <source>The site-visit score of {entrant} ({value}) is outside 0–{maximum}.</source>
      <translation>{entrant} 的實地探訪分數（{value}）超出 0–{maximum} 的範圍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="712" />
      <source>The stored copy of a signed sheet was changed; import the judge's signed file again.</source>
      <translation>已儲存的已簽署評分表副本曾被更改；請重新匯入該評判的已簽署檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="343" />
      <source>The stored copy of {judge}'s signed sheet (revision {revision}) was changed after it was imported. Import the judge's signed file again.</source>
      <translation>已儲存的 {judge} 已簽署評分表副本（第 {revision} 版）在匯入後曾被更改。請重新匯入該評判的已簽署檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_common.py" line="112" />
      <source>The stored shortlist formula cannot be read: {detail}</source>
      <translation>無法讀取已儲存的入圍公式：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="916" />
      <source>The stored signed sheet of {judge} (revision {revision}) is signed with a credential the panel replaced on {date}, before it was signed; ask the judge to import the new kit and sign again.</source>
      <translation>已儲存的 {judge} 已簽署評分表（第 {revision} 版）所用的簽署憑證，評選小組已於其簽署之前（{date}）更換；請評判匯入新的評判資料套件後重新簽署。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="903" />
      <source>The stored signed sheet of {judge} (revision {revision}) names another judge.</source>
      <translation>已儲存的 {judge} 已簽署評分表（第 {revision} 版）列出的是另一位評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="898" />
      <source>The stored signed sheet of {judge} (revision {revision}) no longer verifies. Import the judge's signed file again.</source>
      <translation>已儲存的 {judge} 已簽署評分表（第 {revision} 版）未能再通過核實。請重新匯入該評判的已簽署檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="451" />
      <source>The stored tie-break chain cannot be read: {detail}</source>
      <translation>無法讀取已儲存的同分決勝準則序列：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="328" />
      <source>The submission score of {entrant} ({value}) is outside 0–{maximum}.</source>
      <translation>{entrant} 的自薦書分數（{value}）超出 0–{maximum} 的範圍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="323" />
      <source>The tie-break chain has a step that is not text.</source>
      <translation>同分決勝準則序列中有一項不是文字。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="344" />
      <source>The tie-break {step} is listed twice.</source>
      <translation>同分決勝準則 {step} 重複列出。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="341" />
      <source>The tie-break {step} is not one JudgePanel knows.</source>
      <translation>JudgePanel 不認識同分決勝準則 {step}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="332" />
      <source>The tie-break {step} names a criterion this competition does not have.</source>
      <translation>同分決勝準則 {step} 所指的準則不屬於此比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="338" />
      <source>The tie-break {step} names an unknown method.</source>
      <translation>同分決勝準則 {step} 所指的計算方法不明。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="552" />
      <source>The tie-break {tie_break} has no value for {entrants}.</source>
      <translation>同分決勝準則 {tie_break} 沒有 {entrants} 的數值。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="741" />
      <source>The two clerks keyed different marks for {criteria}; the paper sheet is not used until they agree.</source>
      <translation>兩名文書人員就 {criteria} 輸入的分數不同；在兩者相符之前，不會採用該紙本評分表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="121" />
      <source>The two entries differ for {criteria}; check the paper sheet and key it again.</source>
      <translation>兩次輸入在 {criteria} 上不同；請核對紙本評分表後再輸入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="101" />
      <source>The two entries must be keyed by two different clerks; {name} keyed the other one.</source>
      <translation>兩次輸入必須由兩名不同的文員進行；另一次已由 {name} 輸入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="283" />
      <source>The upgrade left {count} broken references; the database needs repair.</source>
      <translation>升級後有 {count} 個失效的參照，資料庫需要修復。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="231" />
      <source>The value contains a line break or control character.</source>
      <translation>此欄內容含有換行符或控制字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="226" />
      <source>The value is too long ({length} characters; at most {limit}).</source>
      <translation>此欄內容太長（{length} 個字元；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="211" />
      <source>The venue (Chinese)</source>
      <translation>場地（中文）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="210" />
      <source>The venue (English)</source>
      <translation>場地（英文）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="142" />
      <source>The vote count for {entrant} is negative ({votes}).</source>
      <translation>{entrant} 的票數為負數（{votes}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="136" />
      <source>The vote count for {entrant} is not a whole number ({votes}).</source>
      <translation>{entrant} 的票數不是整數（{votes}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="488" />
      <source>The vote count is empty.</source>
      <translation>票數空白。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="501" />
      <source>The vote count {value} has a separator; write the whole number without commas.</source>
      <translation>票數 {value} 含有分隔符；請以不含逗號的整數填寫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="499" />
      <source>The vote count {value} is negative.</source>
      <translation>票數 {value} 為負數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="506" />
      <source>The vote count {value} is not a number.</source>
      <translation>票數 {value} 不是數字。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="504" />
      <source>The vote count {value} is not a whole number.</source>
      <translation>票數 {value} 不是整數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="493" />
      <source>The vote count {value} is too large (at most {limit}).</source>
      <translation>票數 {value} 太大（上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="553" />
      <source>The vote count {votes} is more than the {sample_size} households interviewed.</source>
      <translation>票數 {votes} 多於受訪住戶數目 {sample_size}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="149" />
      <source>The votes add up to {total}, more than the {sample_size} households interviewed; each household votes at most once.</source>
      <translation>票數合共 {total}，多於受訪住戶數目 {sample_size}；每戶最多只可投票一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_votes.py" line="234" />
      <source>The votes are not exactly tied at the cut, so the award follows the votes; record the decision without choosing entrants.</source>
      <translation>票數在分界位置並非完全相同，因此獎項按票數決定；請記錄裁決，但不要選擇參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="278" />
      <source>The weight of {criterion} must be at most 1000 (got {weight}).</source>
      <translation>{criterion} 的比重不可超過 1000（現為 {weight}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="287" />
      <source>The weight of {criterion} must be greater than zero (got {weight}).</source>
      <translation>{criterion} 的比重必須大於零（現為 {weight}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="200" />
      <source>The year label</source>
      <translation>年度名稱</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="196" />
      <source>The {field_label} of {entrant} may have at most two decimal places (got {value}).</source>
      <translation>{entrant} 的{field_label}最多只可有兩個小數位（現為 {value}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="191" />
      <source>The {field_label} of {entrant} must be between 0 and 100 (got {value}).</source>
      <translation>{entrant} 的{field_label}必須介乎 0 至 100（現為 {value}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="49" />
      <source>The {what} contains a number with more than {n} digits.</source>
      <translation>{what}含有超過 {n} 位數字的數值。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="95" />
      <source>The {what} contains characters that are not allowed.</source>
      <translation>{what} 含有不允許使用的字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="80" />
      <source>The {what} contains text that is not valid Unicode (a lone surrogate).</source>
      <translation>{what}含有無效的 Unicode 文字（孤立代理字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="43" />
      <source>The {what} contains {constant}, which is not valid JSON.</source>
      <translation>{what} 含有 {constant}，這並非有效的 JSON。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="38" />
      <source>The {what} has the key {key!r} twice.</source>
      <translation>{what} 重複出現鍵 {key!r}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="65" />
      <source>The {what} is nested too deeply.</source>
      <translation>{what} 的巢狀層次太深。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="30" />
      <source>The {what} is not UTF-8 text (byte {pos}).</source>
      <translation>{what} 並非 UTF-8 文字（第 {pos} 個位元組）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="57" />
      <source>The {what} is not valid JSON (line {line}, column {col}: {msg}).</source>
      <translation>{what} 並非有效的 JSON（第 {line} 行第 {col} 欄：{msg}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="67" />
      <source>The {what} is not valid JSON ({msg}).</source>
      <translation>{what}並非有效的 JSON（{msg}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/strictjson.py" line="21" />
      <source>The {what} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{what} 太大（{size} 位元組；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="89" />
      <source>The {what} is too long for a certificate (at most {limit} characters).</source>
      <translation>{what} 太長，無法放入證書（最多 {limit} 個字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/authority.py" line="87" />
      <source>The {what} must not be empty.</source>
      <translation>{what} 不可留空。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="232" />
      <source>The {what} passphrase must have at least {n} characters.</source>
      <translation>{what} 密碼短語最少須有 {n} 個字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_schedule.py" line="143" />
      <source>There are no confirmed finalists to schedule yet.</source>
      <translation>尚未有已確定的入圍部門可供編排時間表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="302" />
      <source>There are no entrants to shortlist.</source>
      <translation>沒有可供初選的參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="175" />
      <source>There are no finalists to rank.</source>
      <translation>沒有可供排名的入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="102" />
      <source>There are no finalists yet; confirm the shortlist before exporting kits.</source>
      <translation>尚未有入圍部門；請先確認初選結果，再匯出資料套件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="220" />
      <source>There cannot be more awards ({awards}) than finalists ({finalists}).</source>
      <translation>獎項數目（{awards}）不可多於入圍部門數目（{finalists}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_competition.py" line="222" />
      <source>There is already a criterion called {name}.</source>
      <translation>已有名為 {name} 的準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="178" />
      <source>There is no chair's signing credential yet; issue one from the panel authority first.</source>
      <translation>尚未有主席的簽署憑證；請先由評選小組核證機關簽發。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="260" />
      <source>There is no competition with id {id}.</source>
      <translation>沒有編號為 {id} 的比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="193" />
      <source>There is no conflict of interest with id {id}.</source>
      <translation>沒有編號為 {id} 的利益衝突申報。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="927" />
      <source>There is no criterion with id {id} in this competition.</source>
      <translation>此比賽沒有編號為 {id} 的準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_competition.py" line="209" />
      <source>There is no criterion with id {id}.</source>
      <translation>沒有編號為 {id} 的準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="242" />
      <source>There is no criterion {code} in this competition.</source>
      <translation>此比賽沒有甄選準則 {code}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_common.py" line="50" />
      <source>There is no entrant with id {id} in this competition.</source>
      <translation>此比賽沒有編號為 {id} 的參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="546" />
      <source>There is no entrant with the code {code} in this competition.</source>
      <translation>此比賽沒有代號為 {code} 的參賽單位。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="59" />
      <source>There is no file {path}.</source>
      <translation>檔案 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="161" />
      <source>There is no finalist with id {id} in this competition.</source>
      <translation>此比賽沒有編號為 {id} 的入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/results.py" line="272" />
      <source>There is no finalist with the code {code}.</source>
      <translation>沒有代號為 {code} 的入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/recompute.py" line="247" />
      <source>There is no folder or file {path}.</source>
      <translation>沒有資料夾或檔案 {path}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="298" />
      <source>There is no judge with id {id} in this competition.</source>
      <translation>此比賽沒有編號為 {id} 的評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="309" />
      <source>There is no judge with id {id}.</source>
      <translation>沒有編號為 {id} 的評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="561" />
      <source>There is no row for {count} entrants of this competition: {codes}. Write 0 for an entrant nobody voted for.</source>
      <translation>此比賽有 {count} 個參賽單位沒有資料行：{codes}。如無人投票予某參賽單位，請填寫 0。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="194" />
      <source>There is no signed score sheet for this judge yet.</source>
      <translation>此評判尚未有已簽署的評分表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="327" />
      <source>There is no signing credential for {judge} on this computer; choose the judge's own credential file.</source>
      <translation>這部電腦上沒有 {judge} 的簽署憑證；請選擇該評判本人的憑證檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_votes.py" line="216" />
      <source>There is no tie at the cut of the public-vote award to decide.</source>
      <translation>公眾投票獎項的分界位置並無同分，無須裁決。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_shortlist.py" line="206" />
      <source>There is no tie at the shortlist's cut to decide.</source>
      <translation>入圍名單的分界位置並無同分，無須裁決。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="839" />
      <source>These finalists are not tied after the tie-break chain, so there is no casting decision to make.</source>
      <translation>經同分決勝準則處理後，這些入圍部門已不再同分，因此無須主席決定票。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="367" />
      <source>This certificate is already registered for {judge}; each judge needs a certificate of their own.</source>
      <translation>此證書已登記給{judge}；每位評判須使用自己的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="373" />
      <source>This certificate was issued by the panel for another judge; register the judge's own certificate instead.</source>
      <translation>此證書是評選小組為另一位評判簽發的；請改為登記這位評判本人的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="263" />
      <source>This competition already has a panel certificate authority; it is created only once.</source>
      <translation>此比賽已設有評選小組核證機關；核證機關只可建立一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="420" />
      <source>This competition has no panel certificate authority yet.</source>
      <translation>此比賽尚未設立評選小組核證機關。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="92" />
      <source>This competition has no panel certificate authority yet; create one before exporting kits.</source>
      <translation>此比賽尚未設立評選小組核證機關；請先建立核證機關，再匯出資料套件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="282" />
      <source>This competition has no panel certificate authority yet; create one first.</source>
      <translation>此比賽尚未設立評選小組核證機關；請先建立核證機關。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="454" />
      <source>This competition has no panel certificate authority, so no signed sheet can be checked.</source>
      <translation>此比賽沒有評選小組核證機關，因此無法核實任何已簽署的評分表。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="334" />
      <source>This credential is not the one registered for {judge}; use the credential the panel issued or registered.</source>
      <translation>此憑證並非為 {judge} 登記的憑證；請使用評選小組簽發或登記的憑證。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="285" />
      <source>This database holds only the panel's certificate, not its key; issue credentials on the chair's machine.</source>
      <translation>此資料庫只存有評選小組的證書，沒有其密鑰；請在主席的電腦上簽發憑證。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="356" />
      <source>This file is not a JudgePanel judge kit.</source>
      <translation>此檔案並非 JudgePanel 評判資料套件。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="112" />
      <source>This is a certificate authority's certificate, not a judge's personal signing certificate.</source>
      <translation>這是核證機關的證書，並非評判個人的簽署證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="78" />
      <source>This is a judge's database; paper sheets are keyed on the chair's computer.</source>
      <translation>這是評判的資料庫；紙本評分表須在主席的電腦上輸入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="522" />
      <source>This is a judge's database; results are computed on the chair's computer.</source>
      <translation>這是評判的資料庫；結果須在主席的電腦上計算。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="449" />
      <source>This is a judge's database; score sheets are imported on the chair's computer.</source>
      <translation>這是評判的資料庫；評分表須在主席的電腦上匯入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_common.py" line="34" />
      <source>This is a judge's database; the competition is set up on the chair's computer.</source>
      <translation>這是評判的資料庫；比賽須在主席的電腦上設定。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="346" />
      <source>This is not a file.</source>
      <translation>這並非檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="190" />
      <source>This is the chair's database. Import a judge kit into the judge's own database (a new file on the judge's laptop).</source>
      <translation>這是主席的資料庫。請把評判資料套件匯入評判本人的資料庫（即評判手提電腦上的新檔案）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/kit_payload.py" line="388" />
      <source>This judge kit was made by a newer JudgePanel (kit format {found}); update JudgePanel to import it.</source>
      <translation>此評判資料套件由較新版本的 JudgePanel 製作（套件格式 {found}）；請更新 JudgePanel 後再匯入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="317" />
      <source>This kind of key cannot be stored in a PKCS#12 file.</source>
      <translation>此類密鑰無法儲存於 PKCS#12 檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="209" />
      <source>This kit is for another competition ({name}); this laptop holds a different one.</source>
      <translation>此資料套件屬於另一項比賽（{name}）；這部手提電腦存有的是另一項比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="214" />
      <source>This kit is for {name}, but this laptop belongs to another judge.</source>
      <translation>此資料套件屬於 {name}，但這部手提電腦屬於另一位評判。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="913" />
      <source>This laptop belongs to another judge; it cannot be used to see or change the scores of judge {id}.</source>
      <translation>這部手提電腦屬於另一位評判；不能用來查看或更改評判 {id} 的分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="321" />
      <source>This score sheet is already signed. To change it, start an amendment and give the reason.</source>
      <translation>此評分表已經簽署。如要更改，請開始修訂並說明理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="350" />
      <source>This score sheet was signed meanwhile; nothing was changed.</source>
      <translation>此評分表已在此期間簽署；未有作出任何更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="125" />
      <source>Trimmed mean (highest and lowest dropped)</source>
      <translation>截尾平均數（剔除最高及最低分）</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="54" />
      <source>Type the clerk's name: each entry records who keyed it.</source>
      <translation>請輸入文員姓名：每次輸入都會記錄由誰輸入。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="92" />
      <source>Type the mark for {criterion}.</source>
      <translation>請輸入 {criterion} 的評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="428" />
      <source>Unknown poll detail {detail}; use sample_size, description or conducted_by (for example "# sample_size: 4500").</source>
      <translation>不明的調查資料項 {detail}；請使用 sample_size、description 或 conducted_by（例如「# sample_size: 4500」）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="180" />
      <source>Unknown public-vote normalisation: {value}.</source>
      <translation>不明的公眾投票標準化方法：{value}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/results.py" line="692" />
      <source>Votes are tied at the cut ({entrants}); the chair's decision on the tie is awaited.</source>
      <translation>票數在分界位置同分（{entrants}）；正等待主席就同分作出決定。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/commands/results.py" line="262" />
      <source>Write each mark as CRITERION=VALUE, e.g. service_quality=7.5.</source>
      <translation>每項評分請寫成「準則=分數」，例如 service_quality=7.5。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="730" />
      <source>You declared a conflict of interest with {finalist}, so you cannot score it.</source>
      <translation>你已申報與 {finalist} 有利益衝突，因此不能為其評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="735" />
      <source>Your score sheet has been signed, so your scores can no longer be changed; an amendment must be started first.</source>
      <translation>你的評分表已經簽署，分數不能再更改；須先開始修訂。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="362" />
      <source>excellent</source>
      <translation>極佳</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="361" />
      <source>good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/results.py" line="525" />
      <source>missing</source>
      <translation>未提交</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="359" />
      <source>moderate</source>
      <translation>中等</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/results.py" line="524" />
      <source>paper</source>
      <translation>紙本</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="357" />
      <source>poor</source>
      <translation>欠佳</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/results.py" line="526" />
      <source>recused</source>
      <translation>已迴避</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="661" />
      <source>results.json, {path}: expected {what}.</source>
      <translation>results.json，{path}：應為 {what}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="671" />
      <source>results.json, {path}: the keys do not match the schema ({detail}).</source>
      <translation>results.json，{path}：鍵與綱要不符（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="238" />
      <source>self-nomination submission score</source>
      <translation>自薦書分數</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/results.py" line="523" />
      <source>signed</source>
      <translation>已簽署</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_entrants.py" line="241" />
      <source>site-visit score</source>
      <translation>實地探訪分數</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="333" />
      <source>the certificate file</source>
      <translation>證書檔案</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/chair_credential.py" line="181" />
      <source>the chair's signing credential</source>
      <translation>主席的簽署憑證</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="330" />
      <source>the credential file</source>
      <translation>憑證檔案</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/sheets.py" line="329" />
      <source>your signing credential</source>
      <translation>你的簽署憑證</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_shortlist.py" line="245" />
      <source>{entrants} are tied at the last finalist place ({places} of them can go through); record the chair's decision first.</source>
      <translation>{entrants} 在最後一個入圍名額同分（其中 {places} 個可以入圍）；請先記錄主席的決定。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="322" />
      <source>{entrant} has no public-vote share yet.</source>
      <translation>{entrant} 尚未有公眾投票得票比率。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="310" />
      <source>{entrant} has no self-nomination submission score yet.</source>
      <translation>{entrant} 尚未有自薦書分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/shortlist.py" line="316" />
      <source>{entrant} has no site-visit score yet.</source>
      <translation>{entrant} 尚未有實地探訪分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_schedule.py" line="207" />
      <source>{entrant} is not a finalist.</source>
      <translation>{entrant} 並非入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/consolidation.py" line="475" />
      <source>{entrant} was scored but is not a finalist.</source>
      <translation>{entrant} 有評分，但並非入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="112" />
      <source>{field_label} cannot be empty.</source>
      <translation>{field_label}不可留空。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="121" />
      <source>{field_label} contains a control character or line break.</source>
      <translation>{field_label}含有控制字元或換行符。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="115" />
      <source>{field_label} is too long ({length} characters; at most {limit}).</source>
      <translation>{field_label}太長（{length} 個字元；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="156" />
      <source>{field_label} must be a whole number.</source>
      <translation>{field_label}必須是整數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="160" />
      <source>{field_label} must be between {minimum} and {maximum} (got {value}).</source>
      <translation>{field_label}必須介乎 {minimum} 至 {maximum}（現為 {value}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_schedule.py" line="53" />
      <source>{first} ({first_start}–{first_end}) and {second} ({second_start}–{second_end}) would overlap; presentations cannot run at the same time.</source>
      <translation>{first}（{first_start}–{first_end}）與 {second}（{second_start}–{second_end}）的時間會重疊；介紹不可同時進行。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/consolidation.py" line="636" />
      <source>{judge} has a conflict of interest with {entrant}; the marks for it were refused.</source>
      <translation>{judge} 與 {entrant} 有利益衝突；相關分數不獲接受。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="174" />
      <source>{judge} has already declared a conflict of interest with {entrant}.</source>
      <translation>{judge} 已申報與 {entrant} 有利益衝突。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="129" />
      <source>{judge} has already scored, so cannot be removed from the panel.</source>
      <translation>{judge} 已經評分，因此不能從評選小組中除名。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="95" />
      <source>{judge} has no signing certificate yet: issue a credential or register the judge's own certificate first.</source>
      <translation>{judge} 尚未有簽署證書：請先簽發憑證，或登記該評判本人的證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="166" />
      <source>{judge} is recused from {entrant} (conflict of interest); no marks are accepted for it.</source>
      <translation>{judge} 因利益衝突須就 {entrant} 避席；該部門的評分不獲接納。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/paper_entry.py" line="173" />
      <source>{judge}'s signed score sheet is already imported; paper entries are not needed.</source>
      <translation>{judge} 的已簽署評分表已經匯入，毋須輸入紙本評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/setup_judges.py" line="143" />
      <source>{name} is already on the panel.</source>
      <translation>{name} 已是評選小組成員。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="384" />
      <source>{path} already exists and is not a JudgePanel database; choose another file name.</source>
      <translation>{path} 已經存在，而且不是 JudgePanel 資料庫；請另選檔案名稱。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/kits.py" line="387" />
      <source>{path} already exists and is not {judge}'s database. Choose another file name: an existing database is never overwritten.</source>
      <translation>{path} 已經存在，而且不是 {judge} 的資料庫。請另選檔案名稱：JudgePanel 不會覆寫現有的資料庫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="159" />
      <source>{path} cannot be read as a database: {detail}</source>
      <translation>無法把 {path} 讀作資料庫：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/scoring.py" line="157" />
      <source>{path} has to be opened by JudgePanel once (to set it up or upgrade it) before scoring can use it.</source>
      <translation>{path} 須先由 JudgePanel 開啟一次（以完成設定或升級），評分才可使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="459" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="61" />
      <source>{path} is a folder, not a {what}.</source>
      <translation>{path} 是資料夾，不是 {what}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="165" />
      <source>{path} is an SQLite database of another program (application id {app_id:#x}), not a JudgePanel database; it was left untouched.</source>
      <translation>{path} 是另一程式的 SQLite 資料庫（應用程式編號 {app_id:#x}），並非 JudgePanel 資料庫；檔案未被改動。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="156" />
      <source>{path} is locked by another program; try again in a moment.</source>
      <translation>{path} 已被另一程式鎖定，請稍後再試。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="141" />
      <source>{path} is not a JudgePanel database: it is not an SQLite file at all.</source>
      <translation>{path} 並非 JudgePanel 資料庫：它根本不是 SQLite 檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/demo_full.py" line="140" />
      <source>{path} is not empty; choose a new or empty folder for the full demo.</source>
      <translation>{path} 並非空白資料夾；請為完整示範選擇新的或空白的資料夾。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="53" />
      <source>{path} is too large to be a {what} ({size} bytes; the limit is {limit}).</source>
      <translation>{path} 太大，不可能是 {what}（{size} 位元組；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/fileio.py" line="67" />
      <source>{path} is too large to be a {what}.</source>
      <translation>{path} 太大，不可能是 {what}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="172" />
      <source>{path} was written by a newer JudgePanel (schema {found}; this version knows up to {known}). Update JudgePanel to open it; the file was left untouched.</source>
      <translation>{path} 由較新版本的 JudgePanel 寫入（結構版本 {found}；本版本只支援至 {known}）。請更新 JudgePanel 後再開啟；檔案未被改動。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="327" />
      <source>{path}: a key holds an invalid character.</source>
      <translation>{path}：鍵含有無效字元。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="904" />
      <source>{path}: a recused finalist has no scores.</source>
      <translation>{path}：已迴避的入圍部門不應有分數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="906" />
      <source>{path}: a recused finalist has no weighted total.</source>
      <translation>{path}：已迴避的入圍部門不應有加權總分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="936" />
      <source>{path}: a total is given, but: {reason}</source>
      <translation>{path}：已列出總分，但：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="793" />
      <source>{path}: an amended sheet (revision {revision}) must give its reason.</source>
      <translation>{path}：經修訂的評分表（第 {revision} 版）必須說明修訂理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="437" />
      <source>{path}: expected {expected}, found {found}.</source>
      <translation>{path}：應為 {expected}，但現為 {found}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="475" />
      <source>{path}: must not be empty.</source>
      <translation>{path}：不可留空。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="523" />
      <source>{path}: numbers are written as text here (e.g. "7.5"), found {value}.</source>
      <translation>{path}：此處的數字須以文字形式書寫（例如 "7.5"），但現為 {value}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="798" />
      <source>{path}: revision {found} is out of order (earlier revisions are listed oldest first, before revision {current}).</source>
      <translation>{path}：第 {found} 版的次序不正確（較早的版本須按由舊至新的次序，列於第 {current} 版之前）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="654" />
      <source>{path}: the band {low}–{high} lies outside the scale {minimum}–{maximum}.</source>
      <translation>{path}：評分等級 {low}–{high} 超出評分範圍 {minimum}–{maximum}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="622" />
      <source>{path}: the band's low end {low} is above its high end {high}.</source>
      <translation>{path}：評分等級的下限 {low} 高於上限 {high}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="808" />
      <source>{path}: the criterion {code} is listed twice.</source>
      <translation>{path}：準則 {code} 重複列出。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="917" />
      <source>{path}: the criterion {code} is scored twice.</source>
      <translation>{path}：準則 {code} 重複評分。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="684" />
      <source>{path}: the finalist has no name.</source>
      <translation>{path}：入圍部門沒有名稱。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="821" />
      <source>{path}: the finalist {code} is listed twice.</source>
      <translation>{path}：入圍部門 {code} 重複列出。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="790" />
      <source>{path}: the first revision of a sheet is not an amendment.</source>
      <translation>{path}：評分表的第一個版本並非修訂本，不應填寫修訂理由。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="578" />
      <source>{path}: the judge has no name.</source>
      <translation>{path}：評判沒有姓名。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="321" />
      <source>{path}: the key {key} appears more than once.</source>
      <translation>{path}：鍵 {key} 出現多於一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="747" />
      <source>{path}: the key {key} is missing.</source>
      <translation>{path}：欠缺鍵 {key}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="336" />
      <source>{path}: the number {value} has too many digits.</source>
      <translation>{path}：數字 {value} 的位數太多。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="825" />
      <source>{path}: the order {order} is given to two finalists.</source>
      <translation>{path}：次序 {order} 同時編配給兩個入圍部門。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="413" />
      <source>{path}: the score sheet data is nested too deeply.</source>
      <translation>{path}：評分表資料的巢狀層次太深。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="391" />
      <source>{path}: the score sheet data is not UTF-8 text (byte {position}).</source>
      <translation>{path}：評分表資料並非 UTF-8 文字（第 {position} 個位元組）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="405" />
      <source>{path}: the score sheet data is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>{path}：評分表資料並非有效的 JSON（第 {line} 行第 {column} 欄：{reason}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="382" />
      <source>{path}: the score sheet data is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{path}：評分表資料太大（{size} 位元組；上限為 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="394" />
      <source>{path}: the score sheet data starts with a byte order mark.</source>
      <translation>{path}：評分表資料以位元組順序標記（BOM）開頭。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="751" />
      <source>{path}: the score sheet was written by a newer JudgePanel (data version {found}; this version reads up to {supported}). Update JudgePanel to read it.</source>
      <translation>{path}：此評分表由較新版本的 JudgePanel 寫入（資料版本 {found}；本版本只能讀取至 {supported}）。請更新 JudgePanel 後再讀取。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="804" />
      <source>{path}: the sheet has no criteria.</source>
      <translation>{path}：評分表沒有甄選準則。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="339" />
      <source>{path}: the text holds an invalid character (a lone surrogate).</source>
      <translation>{path}：文字含有無效字元（孤立的代理字元）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="648" />
      <source>{path}: the weight must be greater than zero (found {value}).</source>
      <translation>{path}：比重必須大於零（現為 {value}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="914" />
      <source>{path}: there is no criterion {code} on this sheet.</source>
      <translation>{path}：此評分表沒有準則 {code}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="744" />
      <source>{path}: this is not a JudgePanel score sheet (type {value}).</source>
      <translation>{path}：這並非 JudgePanel 評分表（類型為 {value}）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="454" />
      <source>{path}: unknown key {key}.</source>
      <translation>{path}：不明的鍵 {key}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="333" />
      <source>{path}: {constant} is not allowed in JSON.</source>
      <translation>{path}：JSON 不允許使用 {constant}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="671" />
      <source>{path}: {reason}</source>
      <translation>{path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="939" />
      <source>{path}: {value} does not match the scores, which give {computed}.</source>
      <translation>{path}：{value} 與各項分數不符，按分數計算應為 {computed}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="510" />
      <source>{path}: {value} is below the minimum {minimum}.</source>
      <translation>{path}：{value} 低於下限 {minimum}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="528" />
      <source>{path}: {value} is not a number.</source>
      <translation>{path}：{value} 不是數字。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="543" />
      <source>{path}: {value} is not a time with its UTC offset (e.g. 2003-03-14T10:30:00+08:00).</source>
      <translation>{path}：{value} 不是附有 UTC 時差的時間（例如 2003-03-14T10:30:00+08:00）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="493" />
      <source>{path}: {value} is not a valid code.</source>
      <translation>{path}：{value} 不是有效的代號。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="501" />
      <source>{path}: {value} is not one of {allowed}.</source>
      <translation>{path}：{value} 不屬於以下任何一項：{allowed}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="486" />
      <source>{path}: {value} is not {what}.</source>
      <translation>{path}：{value} 不是 {what}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/sheet_payload.py" line="930" />
      <source>{path}: {value} is outside 0–100.</source>
      <translation>{path}：{value} 超出 0–100 的範圍。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="276" />
      <source>{source} contains no certificate.</source>
      <translation>{source} 沒有載有證書。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="269" />
      <source>{source} contains no private key. Export the certificate again and include its private key.</source>
      <translation>{source} 沒有載有私人密鑰。請重新匯出證書，並一併匯出其私人密鑰。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="346" />
      <source>{source} is a PKCS#12 file: type its passphrase to open it.</source>
      <translation>{source} 是 PKCS#12 檔案：請輸入其密碼短語以開啟。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="239" />
      <source>{source} is empty.</source>
      <translation>{source} 是空的。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="259" />
      <source>{source} is encrypted with a method JudgePanel cannot read.</source>
      <translation>{source} 採用了 JudgePanel 無法讀取的加密方法。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/authority.py" line="355" />
      <source>{source} is neither a certificate (PEM or DER) nor a PKCS#12 file (.p12 or .pfx).</source>
      <translation>{source} 既不是證書（PEM 或 DER），也不是 PKCS#12 檔案（.p12 或 .pfx）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="243" />
      <source>{source} is not a PKCS#12 (.p12 or .pfx) certificate file, or it is damaged.</source>
      <translation>{source} 並非 PKCS#12（.p12 或 .pfx）證書檔案，或已損壞。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="241" />
      <source>{source} is too large to be a certificate file.</source>
      <translation>{source} 太大，不可能是證書檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="416" />
      <source>{source} was refused and nothing was imported. Problems found: {count}.</source>
      <translation>{source} 不獲接受，未有匯入任何資料。發現的問題數目：{count}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="98" />
      <source>{url} is not a database location JudgePanel understands: {detail}</source>
      <translation>{url} 並非 JudgePanel 能理解的資料庫位置：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/setup.py" line="171" />
      <source>{value} has no exact decimal form; use a decimal number.</source>
      <translation>{value} 無法以準確的小數表示；請使用小數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/csv_import.py" line="289" />
      <source>{value} is not a category; use department, team or individual.</source>
      <translation>{value} 不是有效的類別；請使用 department（部門）、team（團隊）或 individual（個人）。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="70" />
      <source>{value} is not a finite number.</source>
      <translation>{value} 不是有限數值。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="245" />
      <source>{value} is not a multiple of the step {step} on the scale {minimum}–{maximum} for {criterion}.</source>
      <translation>在 {criterion} 的評分範圍 {minimum}–{maximum} 內，{value} 並非分數間距 {step} 的倍數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="250" />
      <source>{value} is not a multiple of the step {step} on the scale {minimum}–{maximum}.</source>
      <translation>在評分範圍 {minimum}–{maximum} 內，{value} 並非分數間距 {step} 的倍數。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="238" />
      <source>{value} is outside the scale {minimum}–{maximum} for {criterion}.</source>
      <translation>{value} 超出 {criterion} 的評分範圍 {minimum}–{maximum}。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="242" />
      <source>{value} is outside the scale {minimum}–{maximum}.</source>
      <translation>{value} 超出評分範圍 {minimum}–{maximum}。</translation>
    </message>
  </context>
</TS>
