"""Tests of the Overview tab."""
