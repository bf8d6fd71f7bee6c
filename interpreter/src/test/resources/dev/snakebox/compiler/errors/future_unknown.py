from __future__ import nope, annotations
