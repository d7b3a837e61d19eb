"""Tests of the reports: formatting, invitations and documents."""
