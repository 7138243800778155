"""credential records: every judge credential issued or registered, and when it was replaced

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('credential_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint_sha256', sa.String(length=64), nullable=False),
    sa.Column('certificate_pem', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['judge_id'], ['judges.id'], name=op.f('fk_credential_records_judge_id_judges'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credential_records')),
    sa.UniqueConstraint('judge_id', 'fingerprint_sha256', name=op.f('uq_credential_records_judge_id_fingerprint_sha256'))
    )
    with op.batch_alter_table('credential_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credential_records_judge_id'), ['judge_id'], unique=False)

    # Each judge's certificate in force becomes the first record; when it was issued is known
    # for a panel credential kept here (its PKCS#12 row), otherwise the upgrade time stands in.
    # Credentials replaced before this revision were never recorded and cannot be named.
    op.get_bind().execute(sa.text(
        "INSERT INTO credential_records (judge_id, fingerprint_sha256, certificate_pem, "
        "issued_at, replaced_at) "
        "SELECT j.id, j.certificate_sha256, j.certificate_pem, "
        "COALESCE(c.created_at, :now), NULL FROM judges AS j "
        "LEFT JOIN judge_credentials AS c ON c.judge_id = j.id "
        "WHERE j.certificate_sha256 IS NOT NULL AND j.certificate_pem IS NOT NULL"
    ).bindparams(sa.bindparam("now", datetime.now(UTC), type_=sa.DateTime(timezone=True))))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    with op.batch_alter_table('credential_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credential_records_judge_id'))

    op.drop_table('credential_records')
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA user_version = 2")
