<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
  <context>
    <name>domain</name>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="109" />
      <source>"{text}" is not a number; enter a score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="111" />
      <source>"{text}" is not a score; type a number such as 7 or 7.5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="97" />
      <source>"{text}" is too long to be a score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="102" />
      <source>"{text}" uses a comma; type the score with a decimal point, e.g. {suggestion}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="346" />
      <source>A casting decision must order at least two tied entrants.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="349" />
      <source>A casting decision names the same entrant twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="287" />
      <source>A criterion's weight must be greater than zero (got {weight}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="434" />
      <source>A decision on a tie at the cut was given, but there is no tie at the cut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="683" />
      <source>A method is listed twice in the comparison.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="297" />
      <source>A passphrase is required to protect the credential file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="175" />
      <source>A scale's minimum ({minimum}) must be below its maximum ({maximum}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="181" />
      <source>A scale's step must be greater than zero (got {step}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="325" />
      <source>A tie-break needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="681" />
      <source>Choose at least one method to compare.</source>
      <translation type="unfinished" />
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
      <location filename="../../../judgepanel/domain/scoring.py" line="95" />
      <source>Enter a score.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="167" />
      <source>Judge {judge} has a total for {entrant}, which is not a finalist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/instance_lock.py" line="28" />
      <source>JudgePanel is already running on {db} (process {pid} on {host}). Switch to that window, or close it first.</source>
      <translation>JudgePanel 已在使用 {db}（{host} 上的進程 {pid}）。請切換至該視窗，或先將其關閉。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="242" />
      <source>Kendall's W is undefined: every judge gave all finalists the same total.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="219" />
      <source>Kendall's W needs at least two finalists (found {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="223" />
      <source>Kendall's W needs at least two judges who scored every finalist; {count} did ({excluded} excluded for a recusal or a missing score).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="30" />
      <source>Legislative Council</source>
      <translation>立法會</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="111" />
      <source>Mean of judges' totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="114" />
      <source>Mean of standardised (z) scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="115" />
      <source>Mean rank (Borda; lower is better)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="113" />
      <source>Median of judges' totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="298" />
      <source>No criteria are defined.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="158" />
      <source>No judge has scored any finalist yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="174" />
      <source>No judge has scored {entrants}, so the finalists cannot be ranked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="131" />
      <source>No vote tallies were given.</source>
      <translation type="unfinished" />
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
      <location filename="../../../judgepanel/domain/scoring.py" line="319" />
      <source>Scores were given for criteria that are not in this competition: {unknown}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/enums.py" line="34" />
      <source>Staff side, central consultative councils</source>
      <translation>中央評議會職方</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/services/audit.py" line="57" />
      <source>The audit log is broken at entry {id} ({action}): it was changed after it was written.</source>
      <translation>審計紀錄在第 {id} 項（{action}）斷裂：該項在寫入後曾被更改。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="187" />
      <source>The certificate file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="343" />
      <source>The chair's casting decision must give a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="444" />
      <source>The chair's decision admits {admitted} of the tied entrants, but {places} places are open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="439" />
      <source>The chair's decision admits {entrants}, who are not tied at the cut.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="366" />
      <source>The chair's decision names the same entrant twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="364" />
      <source>The chair's decision on a tie must give a reason.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="187" />
      <source>The database at {url} has schema {found}, newer than this JudgePanel knows ({known}). Update JudgePanel to use it.</source>
      <translation>位於 {url} 的資料庫結構版本為 {found}，比本 JudgePanel 所知的版本（{known}）新。請更新 JudgePanel 後再使用。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="179" />
      <source>The database at {url} has tables but is not a JudgePanel database.</source>
      <translation>位於 {url} 的資料庫已有資料表，但並非 JudgePanel 資料庫。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="249" />
      <source>The database {path} is busy: another program kept it locked for more than {seconds} seconds. Nothing was lost; try again.</source>
      <translation>資料庫 {path} 正忙：另一程式已鎖定超過 {seconds} 秒。資料沒有遺失，請再試一次。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="196" />
      <source>The file contains {count} certificates; choose a file that contains only the judge's own certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="194" />
      <source>The file is not a certificate (PEM or DER).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="189" />
      <source>The file is too large to be a certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="400" />
      <source>The intraclass correlation is undefined for these totals (the finalists' means do not differ enough).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="374" />
      <source>The intraclass correlation needs at least two finalists and two judges who scored every finalist ({finalists} finalists, {judges} such judges).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="676" />
      <source>The number of awards must be at least 1 (got {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="412" />
      <source>The number of places must be zero or more (got {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="127" />
      <source>The number of public-vote awards must be zero or more (got {count}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="259" />
      <source>The passphrase for {source} is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="274" />
      <source>The private key in {source} does not belong to its certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="122" />
      <source>The sample size must be a positive number of households (got {sample_size}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="186" />
      <source>The scale {minimum}–{maximum} cannot be divided into steps of {step}; the range must be a whole number of steps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="327" />
      <source>The score sheet is incomplete; there is no score for: {missing}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="539" />
      <source>The tie-break {tie_break} has no value for {entrants}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="166" />
      <source>The upgrade left {count} broken references; the database needs repair.</source>
      <translation>升級後有 {count} 個失效的參照，資料庫需要修復。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="142" />
      <source>The vote count for {entrant} is negative ({votes}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="136" />
      <source>The vote count for {entrant} is not a whole number ({votes}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/public_vote.py" line="149" />
      <source>The votes add up to {total}, more than the {sample_size} households interviewed; each household votes at most once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="283" />
      <source>The weight of {criterion} must be greater than zero (got {weight}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="162" />
      <source>There are no finalists to rank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/services/competitions.py" line="137" />
      <source>There is no competition with id {id}.</source>
      <translation>沒有編號為 {id} 的比賽。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="311" />
      <source>This kind of key cannot be stored in a PKCS#12 file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/aggregation.py" line="112" />
      <source>Trimmed mean (highest and lowest dropped)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="362" />
      <source>excellent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="361" />
      <source>good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="359" />
      <source>moderate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/agreement.py" line="357" />
      <source>poor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="82" />
      <source>{path} cannot be read as a database: {detail}</source>
      <translation>無法把 {path} 讀作資料庫：{detail}</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="272" />
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} 是資料夾，不是資料庫檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="88" />
      <source>{path} is an SQLite database of another program (application id {app_id:#x}), not a JudgePanel database; it was left untouched.</source>
      <translation>{path} 是另一程式的 SQLite 資料庫（應用程式編號 {app_id:#x}），並非 JudgePanel 資料庫；檔案未被改動。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="79" />
      <source>{path} is locked by another program; try again in a moment.</source>
      <translation>{path} 已被另一程式鎖定，請稍後再試。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="64" />
      <source>{path} is not a JudgePanel database: it is not an SQLite file at all.</source>
      <translation>{path} 並非 JudgePanel 資料庫：它根本不是 SQLite 檔案。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/db/engine.py" line="95" />
      <source>{path} was written by a newer JudgePanel (schema {found}; this version knows up to {known}). Update JudgePanel to open it; the file was left untouched.</source>
      <translation>{path} 由較新版本的 JudgePanel 寫入（結構版本 {found}；本版本只支援至 {known}）。請更新 JudgePanel 後再開啟；檔案未被改動。</translation>
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="270" />
      <source>{source} contains no certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="263" />
      <source>{source} contains no private key. Export the certificate again and include its private key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="233" />
      <source>{source} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="253" />
      <source>{source} is encrypted with a method JudgePanel cannot read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="237" />
      <source>{source} is not a PKCS#12 (.p12 or .pfx) certificate file, or it is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/signing/credentials.py" line="235" />
      <source>{source} is too large to be a certificate file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="70" />
      <source>{value} is not a finite number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="240" />
      <source>{value} is not a multiple of the step {step} on the scale {minimum}–{maximum} for {criterion}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="245" />
      <source>{value} is not a multiple of the step {step} on the scale {minimum}–{maximum}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="232" />
      <source>{value} is outside the scale {minimum}–{maximum} for {criterion}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../../judgepanel/domain/scoring.py" line="236" />
      <source>{value} is outside the scale {minimum}–{maximum}.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
