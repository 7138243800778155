"""``judgepanel authority …``, ``judgepanel kit …`` and ``judgepanel judges``."""

from __future__ import annotations

import argparse
from pathlib import Path

from judgepanel.commands.common import (
    EXIT_OK,
    Handlers,
    SubParsers,
    database_argument,
    db_path,
    default_competition,
    read_passphrase,
)


def register(sub: SubParsers, handlers: Handlers) -> None:
    judges = sub.add_parser("judges", help="list the judges (ids and names)")
    database_argument(judges)
    handlers["judges"] = _cmd_judges

    auth = sub.add_parser("authority", help="the panel's certificate authority (chair)")
    auth_sub = auth.add_subparsers(dest="authority_command", required=True)
    create = auth_sub.add_parser("create", help="create the panel authority (once)")
    database_argument(create)
    create.add_argument("--passphrase-file", help="file whose first line is the new passphrase")
    issue = auth_sub.add_parser("issue", help="issue judges' signing credentials")
    database_argument(issue)
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--judge", type=int, help="judge id (see: judgepanel judges)")
    who.add_argument("--all", action="store_true", help="every judge on the roster")
    issue.add_argument("--ca-passphrase-file")
    issue.add_argument("--judge-passphrase-file",
                       help="file whose first line is the judge's new passphrase")
    reg = auth_sub.add_parser("register", help="register a judge's own certificate")
    database_argument(reg)
    reg.add_argument("--judge", type=int, required=True)
    reg.add_argument("--cert", required=True,
                     help="the judge's certificate (PEM or DER) or PKCS#12 file (.p12/.pfx)")
    reg.add_argument("--passphrase-file",
                     help="file whose first line is the PKCS#12 file's passphrase")
    trust = auth_sub.add_parser("export-trust", help="write the panel's trust certificate")
    database_argument(trust)
    trust.add_argument("--out", required=True)
    handlers["authority"] = _cmd_authority

    kit = sub.add_parser("kit", help="judge kits: export (chair) and import (judge)")
    kit_sub = kit.add_subparsers(dest="kit_command", required=True)
    export = kit_sub.add_parser("export", help="write one judge's signed kit")
    database_argument(export)
    export.add_argument("--judge", type=int, required=True)
    export.add_argument("--out", required=True)
    export.add_argument("--ca-passphrase-file")
    imp = kit_sub.add_parser("import", help="import a kit into this laptop's database")
    imp.add_argument("file")
    database_argument(imp)
    imp.add_argument("--trust", help="the panel's certificate (first import)")
    imp.add_argument("--fingerprint", help="the panel's SHA-256 fingerprint (first import)")
    handlers["kit"] = _cmd_kit


def _open(args: argparse.Namespace):  # noqa: ANN202
    from judgepanel.db.engine import open_database

    return open_database(db_path(args))


def _cmd_judges(args: argparse.Namespace) -> int:
    from judgepanel.services.competitions import CompetitionService

    db = _open(args)
    try:
        overview = CompetitionService(db).overview(default_competition(db))
    finally:
        db.close()
    for j in overview.judges:
        cert = j.certificate_sha256[:16] if j.certificate_sha256 else "no certificate"
        print(f"{j.id}\t{j.name.en}\t{j.name.zh}\t{j.affiliation.value}\t{cert}")
    return EXIT_OK


def _cmd_authority(args: argparse.Namespace) -> int:
    from judgepanel.fileio import atomic_write
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService

    db = _open(args)
    try:
        svc = AuthorityService(db)
        cid = default_competition(db)
        if args.authority_command == "create":
            status = svc.create(cid, read_passphrase(args.passphrase_file,
                                                     "New panel authority passphrase: "))
            print(f"Created the panel authority. Fingerprint (SHA-256): {status.fingerprint}")
        elif args.authority_command == "issue":
            ca_pass = read_passphrase(args.ca_passphrase_file, "Panel authority passphrase: ")
            judge_pass = read_passphrase(args.judge_passphrase_file, "Judge's new passphrase: ")
            ids = ([j.id for j in CompetitionService(db).overview(cid).judges] if args.all
                   else [args.judge])
            ca = svc.load_authority(cid, ca_pass)
            for judge_id in ids:
                issued = svc.issue_credential_with(ca, judge_id, judge_pass)
                print(f"{judge_id}\t{issued.subject_name}\t{issued.fingerprint}")
        elif args.authority_command == "register":
            from judgepanel.fileio import read_limited
            from judgepanel.services.authority import looks_like_pkcs12
            from judgepanel.signing.credentials import MAX_CREDENTIAL_BYTES

            data = read_limited(args.cert, MAX_CREDENTIAL_BYTES, what="certificate")
            passphrase = (read_passphrase(args.passphrase_file,
                                          "Passphrase of the PKCS#12 file: ")
                          if looks_like_pkcs12(data) else None)
            issued = svc.register_certificate(args.judge, data, passphrase,
                                              source=Path(args.cert).name)
            expiry = (f", valid until {issued.not_valid_after.date().isoformat()}"
                      if issued.not_valid_after else "")
            print(f"Registered {issued.subject_name} ({issued.fingerprint}{expiry}); only the "
                  "certificate is kept, not its private key.")
        else:
            atomic_write(args.out, svc.trust_certificate_pem(cid), private=False)
            print(f"Wrote the panel's trust certificate to {args.out}.")
    finally:
        db.close()
    return EXIT_OK


def _cmd_kit(args: argparse.Namespace) -> int:
    from judgepanel.domain.kit_payload import KIT_SIZE_LIMIT
    from judgepanel.fileio import atomic_write, read_limited
    from judgepanel.services.kits import KitService

    if args.kit_command == "export":
        db = _open(args)
        try:
            data = KitService(db).export_kit(
                default_competition(db), args.judge,
                read_passphrase(args.ca_passphrase_file, "Panel authority passphrase: "))
        finally:
            db.close()
        atomic_write(args.out, data)
        print(f"Wrote the kit for judge {args.judge} to {args.out}.")
        return EXIT_OK
    data = read_limited(args.file, KIT_SIZE_LIMIT, what="judge kit")
    trust = read_limited(args.trust, 64 * 1024, what="certificate") if args.trust else None
    db = _open(args)
    try:
        result = KitService(db).import_kit(data, trust_pem=trust, fingerprint=args.fingerprint)
    finally:
        db.close()
    verb = "Updated" if result.updated else "Imported"
    print(f"{verb} the kit for {result.judge_name}: {result.finalists} finalists; "
          f"{result.kept_scores} scores kept. Panel fingerprint {result.panel_fingerprint}.")
    return EXIT_OK
