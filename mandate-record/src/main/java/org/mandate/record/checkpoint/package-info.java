/**
 * Signed checkpoints: the C2SP tlog-checkpoint text, C2SP signed notes with Ed25519 (Bouncy
 * Castle's RFC 8032 code), the log's key pair on disk, and the publisher that signs at most one
 * checkpoint a second and never one inconsistent with a checkpoint it signed before.
 */
package org.mandate.record.checkpoint;
