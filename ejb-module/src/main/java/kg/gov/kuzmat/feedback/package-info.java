/** Feedback from the public side, read and answered by the administrators. */
package kg.gov.kuzmat.feedback;
