"""ROCB Desk: the office application of the WCO Europe Region ROCB."""

__version__ = "0.1.0"
APP_NAME = "ROCB Desk"
ORG_NAME = "ROCB Europe"
