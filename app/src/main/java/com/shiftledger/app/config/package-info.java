/** How the application is assembled: Axon on the database, JSON, time, the persistence dialect. */
package com.shiftledger.app.config;
