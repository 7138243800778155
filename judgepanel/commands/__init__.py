"""CLI subcommands, one module per area. Each module defines ``register(sub, handlers)``:
it adds its parsers to ``sub`` and its handlers (``args -> exit status``) to ``handlers``.

Modules must stay import-light: heavy imports belong inside the handlers.
"""
