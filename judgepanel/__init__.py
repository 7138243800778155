"""JudgePanel: offline judging for the Civil Service Customer Service Award Scheme."""

__version__ = "0.1.0"
