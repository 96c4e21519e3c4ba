/** The Faces screens of the platform: the shell (login, template, menus) and one package per role. */
package cn.zhicheng.web;
