<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="235"/>
        <source>Amend my signed score sheet</source>
        <translation>修訂我已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="236"/>
        <source>Your signed sheet stays on record, marked superseded. Say why it must change; the reason is printed on the new revision.</source>
        <translation>已簽署的評分表會保留紀錄並標示為「已被取代」。請說明修訂原因；原因會印在新修訂版本上。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="242"/>
        <source>Reason for the amendment</source>
        <translation>修訂原因</translation>
    </message>
</context>
<context>
    <name>SignSheetDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="141"/>
        <source>Sign my score sheet</source>
        <translation>簽署我的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="143"/>
        <source>Signing locks your scores. The signed PDF is what you hand to the chair and keep as your receipt. To change a score afterwards you must amend the sheet and give the reason.</source>
        <translation>簽署後你的評分會被鎖定。已簽署的 PDF 須交予主席，並由你保留作收據。如其後要更改評分，必須修訂評分表並說明原因。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="150"/>
        <source>Signing passphrase</source>
        <translation>簽署密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="153"/>
        <source>Own credential file (optional)</source>
        <translation>個人憑證檔案（可選）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="154"/>
        <source>the panel&apos;s credential on this laptop</source>
        <translation>使用本電腦上由評選小組簽發的憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="163"/>
        <source>Draw your signature here (optional)</source>
        <translation>請在此簽名（可選）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="164"/>
        <source>C&amp;lear signature</source>
        <translation>清除簽名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="167"/>
        <source>Judge:</source>
        <translation>評判：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="168"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="169"/>
        <source>Own &amp;credential (e-Cert):</source>
        <translation>個人憑證（電子證書）(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="173"/>
        <source>Signature drawn on screen (optional):</source>
        <translation>在螢幕上簽名（可選）：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="178"/>
        <source>&amp;Sign</source>
        <translation>簽署(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="184"/>
        <source>Credential file</source>
        <translation>憑證檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="185"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12 檔案 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="195"/>
        <source>Type your signing passphrase.</source>
        <translation>請輸入你的簽署密碼短語。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="208"/>
        <source>Building and signing the score sheet…</source>
        <translation>正在製作及簽署評分表…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="273"/>
        <source>Verify a signed score sheet</source>
        <translation>核實已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="276"/>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="304"/>
        <source>Signed score sheet</source>
        <translation>已簽署的評分表</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="277"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="292"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="298"/>
        <source>&amp;Verify</source>
        <translation>核實(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="299"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="305"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="316"/>
        <source>Choose the signed PDF.</source>
        <translation>請選擇已簽署的 PDF。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="331"/>
        <source>Verifying…</source>
        <translation>正在核實…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="339"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="339"/>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="343"/>
        <source>Signer: {name}</source>
        <translation>簽署人：{name}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="344"/>
        <source>Signing time: {t}</source>
        <translation>簽署時間：{t}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="346"/>
        <source>Certificate: {fp}</source>
        <translation>證書：{fp}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="347"/>
        <source>Integrity: {v}</source>
        <translation>完整性：{v}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="348"/>
        <source>Signed by the panel&apos;s judge (trusted): {v}</source>
        <translation>由評選小組的評判簽署（可信）：{v}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="349"/>
        <source>Signature covers the entire file: {v}</source>
        <translation>簽署涵蓋整個檔案：{v}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="351"/>
        <source>Embedded scores well-formed: {v}</source>
        <translation>內嵌評分格式正確：{v}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="352"/>
        <source>Signer is the judge named in the scores: {v}</source>
        <translation>簽署人即評分資料所載的評判：{v}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="357"/>
        <source>Judge: {name} · revision {rev}</source>
        <translation>評判：{name} · 修訂版本 {rev}</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="367"/>
        <source>VALID: this sheet can be trusted.</source>
        <translation>有效：此評分表可予信賴。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/sheet_dialogs.py" line="368"/>
        <source>NOT VALID: do not accept this sheet.</source>
        <translation>無效：請勿接納此評分表。</translation>
    </message>
</context>
</TS>
