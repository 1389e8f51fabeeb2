"""Qiao 桥: staying in touch with family in China, in English, Simplified and Traditional Chinese."""

__version__ = "0.1.0"
