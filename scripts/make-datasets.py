#!/usr/bin/env python3
"""Makes the course datasets in Datasets/ with numpy's legacy generator and fixed seeds, so
the files are the same on every machine. Run: python3 scripts/make-datasets.py"""
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Datasets")


def save(name, header, rows, fmt):
    path = os.path.join(ROOT, name)
    np.savetxt(path, rows, delimiter=",", header=header, comments="", fmt=fmt)
    print("wrote", os.path.relpath(path, os.path.dirname(ROOT)), rows.shape)


def study_hours():
    """Hours studied against exam score: one input, a straight line plus noise."""
    rng = np.random.RandomState(1)
    hours = np.round(rng.uniform(1, 10, 30), 1)
    score = np.round(40 + 5.5 * hours + rng.normal(0, 3, 30), 1)
    save("study_hours.csv", "hours,score", np.column_stack([hours, score]), "%.1f")


def exam_scores():
    """Three quiz scores and the final exam score (a linear combination plus noise)."""
    rng = np.random.RandomState(2)
    quizzes = np.round(rng.uniform(50, 100, (40, 3)))
    final = np.round(quizzes @ np.array([0.35, 0.4, 0.3]) - 3 + rng.normal(0, 2, 40))
    save("exam_scores.csv", "quiz1,quiz2,quiz3,final", np.column_stack([quizzes, final]), "%d")


def two_classes():
    """Two Gaussian clouds in the plane with labels 0 and 1, for logistic regression."""
    rng = np.random.RandomState(3)
    a = rng.normal([-1.0, -1.0], 0.8, (50, 2))
    b = rng.normal([1.2, 1.0], 0.8, (50, 2))
    points = np.round(np.vstack([a, b]), 3)
    labels = np.concatenate([np.zeros(50), np.ones(50)])
    save("two_classes.csv", "x1,x2,label", np.column_stack([points, labels]), ["%.3f", "%.3f", "%d"])


if __name__ == "__main__":
    os.makedirs(ROOT, exist_ok=True)
    study_hours()
    exam_scores()
    two_classes()
