"""Reading YAML files into plain data that remembers where every value came from."""

from actsheets.loading.source import SourceFile
from actsheets.loading.yaml_reader import read_yaml, read_yaml_text

__all__ = ["SourceFile", "read_yaml", "read_yaml_text"]
