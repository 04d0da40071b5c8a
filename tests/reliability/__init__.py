"""Reliability harnesses: hostile inputs, XSS payloads, fuzzing, fault injection, figures."""
