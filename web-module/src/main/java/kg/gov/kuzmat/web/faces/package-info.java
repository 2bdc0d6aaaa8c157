/** Small extensions of Jakarta Faces that every page relies on. */
package kg.gov.kuzmat.web.faces;
