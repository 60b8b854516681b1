"""Renderers: one package per output format; each knows only the stages before it."""
