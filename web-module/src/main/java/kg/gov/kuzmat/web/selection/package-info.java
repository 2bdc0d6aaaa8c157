/** Pages of the competition: applying and following applications, and the HR officer's candidate files. */
package kg.gov.kuzmat.web.selection;
