"""``judgepanel sheet``, ``judgepanel verify`` and ``judgepanel blank-sheets``."""

from __future__ import annotations

import argparse

from judgepanel.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Handlers,
    SubParsers,
    database_argument,
    db_path,
)


def register(sub: SubParsers, handlers: Handlers) -> None:
    sheet = sub.add_parser("sheet", help="write a judge's score sheet PDF (optionally signed)")
    database_argument(sheet)
    sheet.add_argument("--judge", type=int, required=True, help="judge id (judgepanel judges)")
    sheet.add_argument("--out", required=True, help="PDF file to write")
    sheet.add_argument("--sign", action="store_true", help="sign (and lock) the sheet")
    sheet.add_argument("--passphrase-file", help="first line: the signing passphrase")
    sheet.add_argument("--credential", help="the judge's own PKCS#12 file (e.g. an e-Cert)")
    sheet.add_argument("--amend-reason", help="reopen a signed sheet with this reason, then sign")
    handlers["sheet"] = _cmd_sheet

    verify = sub.add_parser("verify", help="verify a signed score sheet (exit 0 only if valid)")
    verify.add_argument("file")
    verify.add_argument("--trust", action="append", default=[],
                        help="the panel's trust certificate (PEM); may be repeated")
    database_argument(verify)
    handlers["verify"] = _cmd_verify

    blank = sub.add_parser("blank-sheets", help="paper fallback: blank sheets for every judge")
    database_argument(blank)
    blank.add_argument("--out", required=True)
    handlers["blank-sheets"] = _cmd_blank


def _cmd_sheet(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import read_passphrase
    from judgepanel.db.engine import open_database
    from judgepanel.fileio import atomic_write, read_limited
    from judgepanel.services.sheets import SheetService

    db = open_database(db_path(args))
    try:
        svc = SheetService(db)
        if not args.sign:
            if args.amend_reason:
                print("judgepanel sheet: --amend-reason needs --sign.")
                return EXIT_USER_ERROR
            atomic_write(args.out, svc.preview_pdf(args.judge))
            print(f"Wrote the unsigned score sheet to {args.out}.")
            return EXIT_OK
        credential = (read_limited(args.credential, 1024 * 1024, what="credential file")
                      if args.credential else None)
        passphrase = read_passphrase(args.passphrase_file, "Signing passphrase: ")
        if args.amend_reason:
            svc.begin_amendment(args.judge, args.amend_reason)
        signed = svc.sign(args.judge, passphrase, credential_file=credential)
    finally:
        db.close()
    if db.is_sqlite:
        from judgepanel.services.backup import BackupService

        BackupService(db.path).snapshot("signed")
    atomic_write(args.out, signed.pdf)
    print(f"Signed revision {signed.revision} of the score sheet: {args.out} "
          f"(SHA-256 {signed.sha256}).")
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from judgepanel.fileio import read_limited
    from judgepanel.services.sheets import verify_sheet_bytes
    from judgepanel.signing.pdf import MAX_PDF_BYTES

    roots = [read_limited(t, 64 * 1024, what="certificate") for t in args.trust]
    registered: tuple[bytes, ...] = ()
    data = read_limited(args.file, MAX_PDF_BYTES, what="score sheet")
    if args.sub_db:
        from dataclasses import replace

        from judgepanel.db.engine import open_database
        from judgepanel.services.sheets import SheetService

        db = open_database(args.sub_db)
        try:
            roots.extend(SheetService(db).trust_roots())
            registered = SheetService(db).registered_certificates()
            result = verify_sheet_bytes(data, roots, registered)
            # On the chair's database: a credential the chair replaced no longer counts.
            replaced = SheetService(db).replaced_credential(result)
            if replaced is not None:
                result = replace(result, problems=(*result.problems, replaced.text))
        finally:
            db.close()
    else:
        result = verify_sheet_bytes(data, roots, registered)
    sheet = result.sheet
    yes_no = {True: "yes", False: "NO"}
    print(f"File:               {args.file}")
    print(f"SHA-256:            {result.sha256}")
    print(f"Signer:             {result.signer or '-'}"
          + (f" (judge uid {result.signer_uid})" if result.signer_uid else ""))
    print(f"Certificate:        {result.signer_fingerprint or '-'}")
    print(f"Signing time:       {result.signing_time.isoformat() if result.signing_time else '-'}")
    print(f"Integrity:          {yes_no[result.intact]}")
    print(f"Trusted (panel):    {yes_no[result.trusted]}"
          + ("" if roots else "  (no trust certificate given: use --trust)"))
    print(f"Covers entire file: {yes_no[result.covers_entire_file]}")
    print(f"Embedded data:      {yes_no[result.payload_ok]}"
          + (f" (revision {sheet.revision}, {sheet.competition.name_en})" if sheet else ""))
    print(f"Signer is the judge named in the data: {yes_no[result.signer_is_named_judge]}")
    for problem in result.problems:
        print(f"Problem: {problem}")
    print("RESULT: VALID" if result.ok else "RESULT: NOT VALID")
    return EXIT_OK if result.ok else EXIT_USER_ERROR


def _cmd_blank(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import default_competition
    from judgepanel.db.engine import open_database
    from judgepanel.fileio import atomic_write
    from judgepanel.services.sheets import SheetService

    db = open_database(db_path(args))
    try:
        pdf = SheetService(db).blank_sheets_pdf(default_competition(db))
    finally:
        db.close()
    atomic_write(args.out, pdf, private=False)
    print(f"Wrote blank score sheets to {args.out}.")
    return EXIT_OK
