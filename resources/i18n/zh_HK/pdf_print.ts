<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>PdfPrint</name>
    <message>
        <location filename="../../../judgepanel/ui/pdf_print.py" line="132"/>
        <source>Sending the pages to the printer…</source>
        <extracomment>Resolution of the preview&apos;s page images: sharp at the preview&apos;s usual zoom. For a long document (a panel&apos;s stack of blank sheets is over a hundred pages) the preview uses a lower resolution, so that it and Qt&apos;s copy of it stay a few hundred MB at most.</extracomment>
        <translation>正在把頁面傳送到打印機…</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/pdf_print.py" line="133"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../judgepanel/ui/pdf_print.py" line="136"/>
        <source>Printing</source>
        <translation>列印中</translation>
    </message>
</context>
</TS>
