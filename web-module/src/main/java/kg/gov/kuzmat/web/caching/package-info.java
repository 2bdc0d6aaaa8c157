/** HTTP caching of what every anonymous reader is shown alike: public pages and the open-data API. */
package kg.gov.kuzmat.web.caching;
