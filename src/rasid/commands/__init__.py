"""CLI sub-commands: every module here with a ``register(subparsers)`` function becomes a command."""
