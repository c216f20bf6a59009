"""Where things live: bundled resources, the user's data and configuration folders.

Environment overrides (ROCB_DESK_DATA_DIR, ROCB_DESK_CONFIG_DIR, ROCB_DESK_DB) let
tests and scripted use keep everything in a folder of their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from . import APP_NAME, ORG_NAME

DEFAULT_DB_NAME = "office.sqlite3"


def bundle_root() -> Path:
    """The folder holding resources/ and i18n/: PyInstaller's bundle or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return bundle_root().joinpath("i18n", *parts)


def data_dir() -> Path:
    override = os.environ.get("ROCB_DESK_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, ORG_NAME))


def config_dir() -> Path:
    override = os.environ.get("ROCB_DESK_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir(APP_NAME, ORG_NAME))


def default_database() -> str:
    return os.environ.get("ROCB_DESK_DB") or str(data_dir() / DEFAULT_DB_NAME)


def log_file() -> Path:
    return data_dir() / "rocb-desk.log"


def settings_file() -> Path:
    """The user's preferences (language, window geometry, last office), one INI file."""
    return config_dir() / "rocb-desk.ini"
