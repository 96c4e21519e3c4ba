/** The catalogue: series, titles, specialties, committees and their offices, review years, fees, holidays. */
package cn.zhicheng.domain.model.catalogue;
