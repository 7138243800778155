<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="70"/>
        <source>Signing credentials</source>
        <translation>簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="73"/>
        <source>Each judge signs the score sheet with a credential: one the panel authority issues (it travels in the judge&apos;s kit, protected by the judge&apos;s passphrase), or the judge&apos;s own certificate, such as a Hongkong Post e-Cert, registered here. Of an own certificate only the certificate is kept on this computer; the private key stays with the judge.</source>
        <translation>每位評判以憑證簽署評分表：由評選小組核證機關簽發的憑證（隨評判資料套件交付，以評判的密碼短語保護），或在此登記的評判本人證書，例如香港郵政電子證書。本人證書只在這部電腦保存證書本身，私人密碼匙留在評判手中。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="81"/>
        <source>Judges and their signing credentials</source>
        <translation>評判及其簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="92"/>
        <source>Judge</source>
        <translation>評判</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="92"/>
        <source>Signing credential</source>
        <translation>簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="92"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指紋（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="93"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="95"/>
        <source>&amp;Issue credentials…</source>
        <translation>簽發憑證(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="97"/>
        <source>Issue a new credential from the panel authority for every ticked judge</source>
        <translation>由評選小組核證機關為每位已剔選的評判簽發新憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="100"/>
        <source>&amp;Register own certificate…</source>
        <translation>登記本人證書(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="102"/>
        <source>Register the selected judge&apos;s own certificate (.p12, .pfx, .pem, .crt, .cer)</source>
        <translation>登記所選評判的本人證書（.p12、.pfx、.pem、.crt、.cer）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="151"/>
        <source>{date} (expired)</source>
        <translation>{date}（已過期）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="167"/>
        <source>Create the panel certificate authority first (Panel menu) to issue credentials; own certificates can be registered now.</source>
        <translation>請先建立評選小組核證機關（「評選小組」選單）才可簽發憑證；本人證書現在即可登記。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="174"/>
        <source>Issued by the panel</source>
        <translation>由評選小組簽發</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="176"/>
        <source>Own certificate: {subject} (issued by {issuer})</source>
        <translation>本人證書：{subject}（由 {issuer} 簽發）</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="178"/>
        <source>None yet</source>
        <translation>尚未有</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="215"/>
        <source>Tick the judges to issue credentials for.</source>
        <translation>請剔選要簽發憑證的評判。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="229"/>
        <source>Issued {n} credentials. Export these judges&apos; kits again so that they carry the new credential, and tell each judge the passphrase in person.</source>
        <translation>已簽發 {n} 張憑證。請再次匯出這些評判的資料套件，使其載有新憑證，並親自把密碼短語告知每位評判。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="238"/>
        <source>Select the judge whose own certificate to register.</source>
        <translation>請選取要登記本人證書的評判。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="252"/>
        <source>Registered {subject} for {judge}. Export this judge&apos;s kit again; the judge signs with their own certificate file.</source>
        <translation>已為{judge}登記 {subject}。請再次匯出這位評判的資料套件；評判以本人的證書檔案簽署。</translation>
    </message>
</context>
<context>
    <name>IssueCredentialsDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="269"/>
        <source>Issue signing credentials</source>
        <translation>簽發簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="272"/>
        <source>Issue new signing credentials for {n} judges: {names}.</source>
        <translation>為 {n} 位評判簽發新的簽署憑證：{names}。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="276"/>
        <source>The judges&apos; passphrase protects the credential inside each judge&apos;s kit. Give it to each judge in person, never with the kit; the judge types it when signing.</source>
        <translation>評判密碼短語保護各評判資料套件內的憑證。請親自告知每位評判，切勿與資料套件一併交付；評判簽署時須輸入此密碼短語。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="281"/>
        <source>This replaces the credential or certificate these judges have now: {names}. Export their kits again afterwards.</source>
        <translation>此舉會取代以下評判現有的憑證或證書：{names}。完成後請再次匯出他們的資料套件。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="289"/>
        <source>Panel authority passphrase</source>
        <translation>核證機關密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="291"/>
        <source>Judges&apos; new passphrase</source>
        <translation>評判的新密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="293"/>
        <source>Repeat the judges&apos; passphrase</source>
        <translation>再次輸入評判密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="295"/>
        <source>Panel authority &amp;passphrase:</source>
        <translation>核證機關密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="296"/>
        <source>&amp;Judges&apos; new passphrase:</source>
        <translation>評判的新密碼短語(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="297"/>
        <source>&amp;Repeat it:</source>
        <translation>再次輸入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="298"/>
        <source>&amp;Issue</source>
        <translation>簽發(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="311"/>
        <source>Type the panel authority&apos;s passphrase.</source>
        <translation>請輸入核證機關的密碼短語。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="315"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>兩次輸入的密碼短語不同，請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="334"/>
        <source>Unlocking the panel authority…</source>
        <translation>正在解鎖評選小組核證機關…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="335"/>
        <source>Making the credential for {name}…</source>
        <translation>正在為{name}製作憑證…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="332"/>
        <source>Issuing signing credentials</source>
        <translation>正在簽發簽署憑證</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="336"/>
        <source>Cancelled: {n} credentials were issued before you stopped.</source>
        <translation>已取消：停止前已簽發 {n} 張憑證。</translation>
    </message>
</context>
<context>
    <name>RegisterCertificateDialog</name>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="351"/>
        <source>Register a judge&apos;s own certificate</source>
        <translation>登記評判本人證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="354"/>
        <source>Choose {judge}&apos;s own certificate: the PKCS#12 file (.p12 or .pfx, e.g. a Hongkong Post e-Cert) with its passphrase, or the certificate alone (.pem, .crt, .cer). Only the certificate is kept; the private key is not stored on this computer.</source>
        <translation>請選擇{judge}的本人證書：PKCS#12 檔案（.p12 或 .pfx，例如香港郵政電子證書）連同其密碼短語，或只選證書檔（.pem、.crt、.cer）。系統只保存證書，私人密碼匙不會儲存在這部電腦。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="361"/>
        <source>Certificate file</source>
        <translation>證書檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="363"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="366"/>
        <source>Passphrase of the PKCS#12 file</source>
        <translation>PKCS#12 檔案的密碼短語</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="367"/>
        <source>only for .p12 and .pfx files</source>
        <translation>只適用於 .p12 及 .pfx 檔案</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="370"/>
        <source>&amp;Certificate file:</source>
        <translation>證書檔案(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="371"/>
        <source>&amp;Passphrase:</source>
        <translation>密碼短語(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="372"/>
        <source>&amp;Register</source>
        <translation>登記(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="381"/>
        <source>Judge&apos;s own certificate</source>
        <translation>評判本人證書</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="382"/>
        <source>Certificates (*.p12 *.pfx *.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>證書 (*.p12 *.pfx *.pem *.crt *.cer *.der);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="412"/>
        <source>Choose the certificate file.</source>
        <translation>請選擇證書檔案。</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/authority_dialogs.py" line="423"/>
        <source>Checking the certificate…</source>
        <translation>正在檢查證書…</translation>
    </message>
</context>
</TS>
